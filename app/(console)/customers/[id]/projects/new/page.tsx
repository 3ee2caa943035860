import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { createProjectAction } from "@/lib/projects/actions";
import { formatDate } from "@/lib/format/dates";
import { ProjectForm } from "@/components/projects/project-form";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "New project" };

type Props = { params: Promise<{ id: string }> };

export default async function NewProjectPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/projects/new`);
  const customer = await loadCustomer(id);
  const base = `/customers/${customer.id}/projects`;
  if (customer.archivedAt) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
        This customer is archived: unarchive it before you add a project.
      </p>
    );
  }
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New Project</h2>
      <ProjectForm
        action={createProjectAction}
        customerId={customer.id}
        initialValues={{ startDate: formatDate(new Date()), currency: "USD", billed: "0.00", paid: "0.00" }}
        submitLabel="Create Project"
        backHref={base}
      />
    </section>
  );
}
