// The activity log's rows, newest first.
import type { ActivityRow } from "@/lib/activity/queries";
import { ACTIVITY_KIND_LABELS } from "@/lib/activity/schema";
import { formatDateTimeUtc } from "@/lib/format/dates";

export function ActivityTable({ rows }: { rows: ActivityRow[] }) {
  if (rows.length === 0) return <p className="py-6 text-sm text-slate-500">No activity matches these filters.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {["Time (UTC)", "Kind", "What", "Who", "Detail"].map((label) => <th key={label} scope="col" className="px-3 py-2 font-semibold">{label}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} data-testid="activity-row">
              <td className="whitespace-nowrap px-3 py-2">{formatDateTimeUtc(row.at)}</td>
              <td className="px-3 py-2">{ACTIVITY_KIND_LABELS[row.kind]}</td>
              <td className="px-3 py-2 font-medium">{row.what}</td>
              <td className="px-3 py-2">{row.who}</td>
              <td className="max-w-md truncate px-3 py-2 text-slate-500" title={row.detail}>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
