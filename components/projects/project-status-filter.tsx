// The Projects tab's status filter: links, so the filter is in the URL (the overview links here).
import Link from "next/link";
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, type ProjectStatus } from "@/lib/projects/status";

export function ProjectStatusFilter({ customerId, current }: { customerId: number; current?: ProjectStatus }) {
  const base = `/customers/${customerId}/projects`;
  const options = [{ href: base, label: "All", active: current === undefined }, ...PROJECT_STATUSES.map((status) => ({ href: `${base}?status=${status}`, label: PROJECT_STATUS_LABELS[status], active: current === status }))];
  return (
    <nav aria-label="Project status" className="flex gap-1 text-sm">
      {options.map((option) => (
        <Link
          key={option.href}
          href={option.href}
          aria-current={option.active ? "true" : undefined}
          className={`rounded-md px-2.5 py-1 ${option.active ? "bg-indigo-50 font-semibold text-indigo-700" : "text-slate-600 hover:bg-slate-50"}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
