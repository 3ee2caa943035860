// Seed 000's "Customer Statistics": one row per month, storage and average size as it prints them.
import { formatAverageSize, formatBytes } from "@/lib/format/bytes";
import type { UsageMonth } from "@/lib/usage/queries";

const number = new Intl.NumberFormat("en-US");

export function UsageTable({ months }: { months: UsageMonth[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* Cell styles on the table, not on each of the up to 720 cells (markup is sent twice: HTML and RSC). */}
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:text-right">
        <caption className="sr-only">Usage per month</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Month</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Studies</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Instances</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Cines</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Storage</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Avg Size</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {months.map((row) => (
            <tr key={row.month} data-testid="usage-row" className={row.recorded ? undefined : "text-slate-600"}>
              <th scope="row" className="px-3 py-2 text-left font-normal">{row.month}</th>
              <td>{number.format(row.studies)}</td>
              <td>{number.format(row.instances)}</td>
              <td>{number.format(row.cines)}</td>
              <td>{formatBytes(row.storageBytes)}</td>
              <td>{formatAverageSize(row.storageBytes, row.studies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
