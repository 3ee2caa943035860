// The review's problems: one line per problem, with the row number as in the spreadsheet; a page
// of rows at a time, read from the stored review.
import Link from "next/link";
import type { RowIssue } from "@/lib/import/validate";

type Props = { jobId: number; issues: RowIssue[]; totalRows: number; page: number; pageSize: number };

export function IssueTable({ jobId, issues, totalRows, page, pageSize }: Props) {
  const pages = Math.max(1, Math.ceil(totalRows / pageSize));
  const href = (to: number) => `/customers/import/${jobId}/review${to > 1 ? `?page=${to}` : ""}`;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
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
          {issues.map((issue, index) => (
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
      {pages > 1 && (
        <nav aria-label="Pages of problems" className="flex items-center gap-3 border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
          {page > 1 && <Link href={href(page - 1)} className="text-indigo-700 underline">Previous</Link>}
          <span>
            Rows {((page - 1) * pageSize + 1).toLocaleString("en-US")}-{Math.min(totalRows, page * pageSize).toLocaleString("en-US")} of {totalRows.toLocaleString("en-US")} with problems (page {page} of {pages}); the error file lists them all.
          </span>
          {page < pages && <Link href={href(page + 1)} className="text-indigo-700 underline">Next</Link>}
        </nav>
      )}
    </div>
  );
}
