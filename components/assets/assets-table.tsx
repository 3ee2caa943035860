// Seed 001's "Assets on location" and "Assets owned" tabs: one table, two selections. The owner
// and the location link to their customers, since either may be another customer (hardware as
// a service; returned for repair).
import Link from "next/link";
import type { AssetPage, AssetRow } from "@/lib/assets/queries";
import { formatAssetStatus, formatAssetType, type AssetView } from "@/lib/assets/schema";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";

type Props = { customerId: number; view: AssetView; title: string; empty: string; page: AssetPage; canWrite: boolean };

const number = new Intl.NumberFormat("en-US");

function LocationCell({ location }: { location: AssetRow["location"] }) {
  if (!location) return <>—</>;
  return (
    <Link href={`/customers/${location.customer.id}/locations`} prefetch={false} className="text-indigo-700 hover:underline">
      {location.name} <span className="text-slate-500">· {location.customer.name}</span>
      {location.archived && <> <Badge>Archived</Badge></>}
    </Link>
  );
}

export function AssetsTable({ customerId, view, title, empty, page, canWrite }: Props) {
  const basePath = `/customers/${customerId}/${view}`;
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <section aria-labelledby="assets-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="assets-heading" className="text-lg font-semibold">{title}</h2>
        {canWrite && <Link href={`/customers/${customerId}/assets/new?view=${view}`} className={buttonStyles.primary}>New asset</Link>}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Serial</th>
              <th scope="col" className="px-3 py-2 font-semibold">Model</th>
              <th scope="col" className="px-3 py-2 font-semibold">Type</th>
              <th scope="col" className="px-3 py-2 font-semibold">Status</th>
              <th scope="col" className="px-3 py-2 font-semibold">Owner</th>
              <th scope="col" className="px-3 py-2 font-semibold">Location</th>
              {canWrite && <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.length === 0 && (
              <tr>
                <td colSpan={canWrite ? 7 : 6} className="text-slate-500">{empty}</td>
              </tr>
            )}
            {page.rows.map((asset) => (
              <tr key={asset.id} data-testid="asset-row">
                <td className="font-mono">{asset.serial}</td>
                <td>{asset.model}</td>
                <td>{formatAssetType(asset.type)}</td>
                <td>{formatAssetStatus(asset.status)}</td>
                <td>
                  <Link href={`/customers/${asset.owner.id}`} prefetch={false} className="text-indigo-700 hover:underline">{asset.owner.name}</Link>
                  {asset.owner.archived && <> <Badge>Archived</Badge></>}
                </td>
                <td><LocationCell location={asset.location} /></td>
                {canWrite && (
                  <td className="text-right">
                    <Link href={`/customers/${customerId}/assets/${asset.id}/edit?view=${view}`} prefetch={false} className={buttonStyles.secondary} aria-label={`Edit ${asset.serial}`}>Edit</Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <p>Displaying {number.format(page.total)} {page.total === 1 ? "asset" : "assets"}</p>
        {lastPage > 1 && (
          <div className="flex items-center gap-2">
            {page.page > 1 && <Link href={`${basePath}?page=${page.page - 1}`} rel="prev" prefetch={false} className="hover:underline">‹ Previous</Link>}
            <span>Page {page.page} of {lastPage}</span>
            {page.page < lastPage && <Link href={`${basePath}?page=${page.page + 1}`} rel="next" prefetch={false} className="hover:underline">Next ›</Link>}
          </div>
        )}
      </nav>
    </section>
  );
}
