import type { Metadata } from "next";
import { updateProjectAction } from "@/lib/projects/actions";
import { minorToPriceText } from "@/lib/projects/schema";
import { formatDate } from "@/lib/format/dates";
import { ProjectForm } from "@/components/projects/project-form";
import { customerRecordPage, PROJECT_EDIT } from "../../customer-page";

export const metadata: Metadata = { title: "Edit project" };

type Props = { params: Promise<{ id: string; projectId: string }> };

export default async function EditProjectPage({ params }: Props) {
  const { customer, record: project } = await customerRecordPage(params, PROJECT_EDIT);
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
