import type { AuditRow } from "@/lib/audit/queries";
import { AUDIT_EVENT_LABELS, type AuditEvent } from "@/lib/audit/events";
import { CUSTOMER_FIELD_LABELS } from "@/lib/customers/format";
import { CONTRACT_FIELD_LABELS } from "@/lib/contracts/format";
import { PROJECT_FIELD_LABELS } from "@/lib/projects/format";
import { formatDateTimeUtc } from "@/lib/format/dates";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

export function AuditLogTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="py-6 text-sm text-slate-500">No changes recorded yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Time</th>
            <th scope="col" className="px-3 py-2 font-semibold">Actor</th>
            <th scope="col" className="px-3 py-2 font-semibold">Event</th>
            <th scope="col" className="px-3 py-2 font-semibold">Changes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <td className="whitespace-nowrap px-3 py-2">{formatDateTimeUtc(row.createdAt)}</td>
              <td className="px-3 py-2">{row.actorLabel}</td>
              <td className="whitespace-nowrap px-3 py-2">{AUDIT_EVENT_LABELS[row.action as AuditEvent] ?? row.action}</td>
              <td className="px-3 py-2">
                <ul className="space-y-0.5">
                  {Object.entries(row.changes).map(([field, change]) => (
                    <li key={field}>
                      <span className="font-medium">{CUSTOMER_FIELD_LABELS[field] ?? CONTRACT_FIELD_LABELS[field] ?? PROJECT_FIELD_LABELS[field] ?? field}</span>: {show(change.before)} → {show(change.after)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
