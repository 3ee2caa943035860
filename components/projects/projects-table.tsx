// The Projects tab's table: status from the dates (lib/projects/status.ts), amounts per row in
// the project's own currency.
import Link from "next/link";
import type { ProjectRow } from "@/lib/projects/queries";
import { projectStatus, PROJECT_STATUS_LABELS, type ProjectStatus } from "@/lib/projects/status";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatDate } from "@/lib/format/dates";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<ProjectStatus, BadgeTone> = { active: "green", upcoming: "blue", past: "gray" };

export function ProjectsTable({ customerId, projects, canEdit, now }: { customerId: number; projects: ProjectRow[]; canEdit: boolean; now: Date }) {
  if (projects.length === 0) return <p className="py-6 text-sm text-slate-500">No projects here.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold">Start</th>
            <th scope="col" className="px-3 py-2 font-semibold">End</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Billed</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Paid</th>
            <th scope="col" className="px-3 py-2 font-semibold">Currency</th>
            {canEdit && <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {projects.map((project) => {
            const status = projectStatus(project, now);
            return (
              <tr key={project.id} data-testid="project-row">
                <td className="px-3 py-2 font-medium">{project.name}</td>
                <td className="px-3 py-2"><Badge tone={TONES[status]}>{PROJECT_STATUS_LABELS[status]}</Badge></td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(project.startDate)}</td>
                <td className="whitespace-nowrap px-3 py-2">{project.endDate ? formatDate(project.endDate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoneyMinor(project.billedMinor, project.currency)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoneyMinor(project.paidMinor, project.currency)}</td>
                <td className="px-3 py-2">{project.currency}</td>
                {canEdit && (
                  <td className="px-3 py-2 text-right">
                    <Link href={`/customers/${customerId}/projects/${project.id}`} aria-label={`Edit ${project.name}`} className="text-indigo-700 hover:underline">Edit</Link>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
