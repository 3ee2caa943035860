import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCustomerProjects } from "@/lib/projects/queries";
import { projectListQuerySchema } from "@/lib/projects/schema";
import { ProjectsTable } from "@/components/projects/projects-table";
import { ProjectStatusFilter } from "@/components/projects/project-status-filter";
import { buttonStyles } from "@/components/ui/button-styles";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Projects" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CustomerProjectsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/projects`);
  const customer = await loadCustomer(id);
  const query = projectListQuerySchema.parse({ status: first((await searchParams).status) });
  const now = new Date();
  const projects = await listCustomerProjects(customer.id, { status: query.status, now });
  const canWrite = can(user, "customers.write");
  return (
    <section aria-labelledby="projects-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="projects-heading" className="text-lg font-semibold">Projects</h2>
        <ProjectStatusFilter customerId={customer.id} current={query.status} />
        {canWrite &&
          (customer.archivedAt ? (
            <p className="text-sm text-slate-500">Unarchive the customer to add a project.</p>
          ) : (
            <Link href={`/customers/${customer.id}/projects/new`} className={buttonStyles.primary}>New Project</Link>
          ))}
      </div>
      <ProjectsTable customerId={customer.id} projects={projects} canEdit={canWrite && customer.archivedAt === null} now={now} />
    </section>
  );
}
