// Seed 000's "Scanners": Uplink, Identifier (key: value lines), First Seen, Last Seen (UTC),
// Archived, Concurrent Scanner Count. Archived scanners are hidden unless asked for.
import Link from "next/link";
import type { ScannerRow } from "@/lib/scanners/queries";
import { formatUplink, identifierLines } from "@/lib/scanners/schema";
import { formatDateTimeUtc } from "@/lib/format/dates";

type Props = { basePath: string; rows: ScannerRow[]; archivedCount: number; includeArchived: boolean };

export function ScannersTable({ basePath, rows, archivedCount, includeArchived }: Props) {
  return (
    <section aria-labelledby="scanners-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="scanners-heading" className="text-lg font-semibold">Scanners</h2>
        <Link
          href={includeArchived ? basePath : `${basePath}?archived=1`}
          role="switch"
          aria-checked={includeArchived}
          className="inline-flex items-center gap-2 text-sm text-slate-700"
        >
          <span aria-hidden="true" className={`inline-block h-4 w-4 rounded border ${includeArchived ? "border-indigo-600 bg-indigo-600" : "border-slate-400 bg-white"}`} />
          Show archived scanners ({archivedCount})
        </Link>
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Uplink</th>
              <th scope="col" className="px-3 py-2 font-semibold">Identifier</th>
              <th scope="col" className="px-3 py-2 font-semibold">First Seen</th>
              <th scope="col" className="px-3 py-2 font-semibold">Last Seen</th>
              <th scope="col" className="px-3 py-2 font-semibold">Archived</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Concurrent Scanner Count</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="text-slate-500">
                  {includeArchived || archivedCount === 0 ? "No scanners connected yet." : "No active scanners; the archived ones are hidden."}
                </td>
              </tr>
            )}
            {rows.map((scanner) => (
              <tr key={scanner.id} data-testid="scanner-row" className={scanner.archivedAt ? "text-slate-500" : undefined}>
                <td className="whitespace-nowrap">{formatUplink(scanner.uplink)}</td>
                {/* One text node of lines: the cell is read and copied as the seed shows it. */}
                <td className="whitespace-pre-line font-mono text-xs">
                  {identifierLines(scanner).map(({ key, value }) => `${key}: ${value}`).join("\n")}
                </td>
                <td className="whitespace-nowrap">{formatDateTimeUtc(scanner.firstSeenAt)}</td>
                <td className="whitespace-nowrap">{formatDateTimeUtc(scanner.lastSeenAt)}</td>
                <td>{scanner.archivedAt ? "true" : "false"}</td>
                <td className="text-right tabular-nums">{scanner.concurrentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
