// The Projects tab's table: status from the dates (lib/projects/status.ts), amounts per row in
// the project's own currency.
import Link from "next/link";
import type { ProjectRow } from "@/lib/projects/queries";
import { projectStatus, PROJECT_STATUS_LABELS, type ProjectStatus } from "@/lib/projects/status";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatDate } from "@/lib/format/dates";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";

const TONES: Record<ProjectStatus, BadgeTone> = { active: "green", upcoming: "blue", past: "gray" };

export function ProjectsTable({ customerId, projects, canEdit, now }: { customerId: number; projects: ProjectRow[]; canEdit: boolean; now: Date }) {
  if (projects.length === 0) return <p className="py-6 text-sm text-slate-500">No projects here.</p>;
  const columns = [
    { label: "Name" }, { label: "Status" }, { label: "Start" }, { label: "End" },
    { label: "Billed", align: "right" as const }, { label: "Paid", align: "right" as const }, { label: "Currency" },
    ...(canEdit ? [{ label: "Actions", hidden: true }] : []),
  ];
  return (
    <Table columns={columns}>
      {projects.map((project) => {
        const status = projectStatus(project, now);
        return (
          <tr key={project.id} data-testid="project-row">
            <Td className="font-medium">{project.name}</Td>
            <Td><Badge tone={TONES[status]}>{PROJECT_STATUS_LABELS[status]}</Badge></Td>
            <Td nowrap>{formatDate(project.startDate)}</Td>
            <Td nowrap>{project.endDate ? formatDate(project.endDate) : "—"}</Td>
            <Td align="right" className="tabular-nums">{formatMoneyMinor(project.billedMinor, project.currency)}</Td>
            <Td align="right" className="tabular-nums">{formatMoneyMinor(project.paidMinor, project.currency)}</Td>
            <Td>{project.currency}</Td>
            {canEdit && (
              <Td align="right">
                <Link href={`/customers/${customerId}/projects/${project.id}`} aria-label={`Edit ${project.name}`} className="text-indigo-700 hover:underline">Edit</Link>
              </Td>
            )}
          </tr>
        );
      })}
    </Table>
  );
}
