// Seed 001's "Locations" tab: the sites of one customer, each with the number of assets there.
import Link from "next/link";
import type { LocationListRow } from "@/lib/locations/queries";
import { formatLocationStatus } from "@/lib/locations/schema";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { LocationArchiveButton } from "./location-archive-button";

type Props = { customerId: number; rows: LocationListRow[]; archivedCount: number; includeArchived: boolean; canWrite: boolean };

function address(row: LocationListRow): string {
  const cityLine = [row.postalCode, row.city].filter(Boolean).join(" ");
  return [row.addressLine1, cityLine, row.region, row.country].filter(Boolean).join(", ");
}

export function LocationsTable({ customerId, rows, archivedCount, includeArchived, canWrite }: Props) {
  const basePath = `/customers/${customerId}/locations`;
  const columns = canWrite ? 5 : 4;
  return (
    <section aria-labelledby="locations-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="locations-heading" className="text-lg font-semibold">Locations</h2>
        <div className="flex items-center gap-4">
          <Link href={includeArchived ? basePath : `${basePath}?archived=1`} role="switch" aria-checked={includeArchived} className="inline-flex items-center gap-2 text-sm text-slate-700">
            <span aria-hidden="true" className={`inline-block h-4 w-4 rounded border ${includeArchived ? "border-indigo-600 bg-indigo-600" : "border-slate-400 bg-white"}`} />
            Show archived ({archivedCount})
          </Link>
          {canWrite && <Link href={`${basePath}/new`} className={buttonStyles.primary}>New location</Link>}
        </div>
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Name</th>
              <th scope="col" className="px-3 py-2 font-semibold">Address</th>
              <th scope="col" className="px-3 py-2 font-semibold">Status</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Assets</th>
              {canWrite && <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns} className="text-slate-500">No locations yet.{canWrite && " Add the customer's sites with New location."}</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} data-testid="location-row">
                <td>
                  {row.name} {row.archivedAt && <Badge>Archived</Badge>}
                </td>
                <td>{address(row) || "—"}</td>
                <td>{formatLocationStatus(row.status)}</td>
                <td className="text-right tabular-nums">{row.assetCount}</td>
                {canWrite && (
                  <td>
                    <div className="flex justify-end gap-2">
                      <Link href={`${basePath}/${row.id}/edit`} className={buttonStyles.secondary} aria-label={`Edit ${row.name}`}>Edit</Link>
                      <LocationArchiveButton customerId={customerId} locationId={row.id} name={row.name} archived={row.archivedAt !== null} />
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
