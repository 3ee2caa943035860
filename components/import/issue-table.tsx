// The review's problems: one line per problem, with the row number as in the spreadsheet.
import type { RowIssue } from "@/lib/import/validate";

export function IssueTable({ issues, limit }: { issues: RowIssue[]; limit: number }) {
  const shown = issues.slice(0, limit);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Problems by row">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Row</th>
            <th scope="col" className="px-3 py-2 font-medium">Column</th>
            <th scope="col" className="px-3 py-2 font-medium">Value</th>
            <th scope="col" className="px-3 py-2 font-medium">Problem</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((issue, index) => (
            <tr key={index}>
              <td className="px-3 py-1.5 tabular-nums">{issue.row}</td>
              <td className="px-3 py-1.5">{issue.column}</td>
              <td className="max-w-64 truncate px-3 py-1.5 font-mono text-xs" title={issue.value}>
                {issue.value === undefined ? <span className="text-slate-600">(empty)</span> : issue.value}
              </td>
              <td className="px-3 py-1.5 text-red-700">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > limit && (
        <p className="border-t border-slate-200 px-3 py-2 text-sm text-slate-500">
          Showing the first {limit.toLocaleString("en-US")} of {issues.length.toLocaleString("en-US")} problems; the error file lists them all.
        </p>
      )}
    </div>
  );
}
