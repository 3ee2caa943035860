import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/app-error";
import { requirePagePermission } from "@/lib/auth/session";
import { updateProjectAction } from "@/lib/projects/actions";
import { getCustomerProjectOrThrow } from "@/lib/projects/queries";
import { minorToPriceText, projectIdSchema } from "@/lib/projects/schema";
import { formatDate } from "@/lib/format/dates";
import { ProjectForm } from "@/components/projects/project-form";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "Edit project" };

type Props = { params: Promise<{ id: string; projectId: string }> };

async function loadProject(customerId: number, rawId: string) {
  const projectId = projectIdSchema.safeParse(rawId);
  if (!projectId.success) notFound();
  try {
    return await getCustomerProjectOrThrow(customerId, projectId.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditProjectPage({ params }: Props) {
  const { id, projectId } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/projects/${projectId}`);
  const customer = await loadCustomer(id);
  const project = await loadProject(customer.id, projectId);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{project.name}</h2>
      {customer.archivedAt && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          This customer is archived: unarchive it before you change its projects.
        </p>
      )}
      <ProjectForm
        action={updateProjectAction}
        customerId={customer.id}
        projectId={project.id}
        initialValues={{
          name: project.name,
          startDate: formatDate(project.startDate),
          endDate: project.endDate ? formatDate(project.endDate) : "",
          billed: minorToPriceText(project.billedMinor),
          paid: minorToPriceText(project.paidMinor),
          currency: project.currency,
        }}
        submitLabel="Save changes"
        backHref={`/customers/${customer.id}/projects`}
      />
    </section>
  );
}
