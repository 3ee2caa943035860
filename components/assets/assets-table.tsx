// Seed 001's "Assets on location" and "Assets owned" tabs: one table, two selections. The owner
// and the location link to their customers, since either may be another customer (hardware as
// a service; returned for repair).
import Link from "next/link";
import type { AssetPage, AssetRow } from "@/lib/assets/queries";
import { formatAssetStatus, formatAssetType, type AssetView } from "@/lib/assets/schema";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { Table, Td } from "@/components/ui/table";

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
      <Table columns={[...["Serial", "Model", "Type", "Status", "Owner", "Location"].map((label) => ({ label })), ...(canWrite ? [{ label: "Actions", hidden: true }] : [])]}>
        {page.rows.length === 0 && (
          <tr>
            <Td colSpan={canWrite ? 7 : 6} className="text-slate-500">{empty}</Td>
          </tr>
        )}
        {page.rows.map((asset) => (
          <tr key={asset.id} data-testid="asset-row">
            <Td className="font-mono">{asset.serial}</Td>
            <Td>{asset.model}</Td>
            <Td>{formatAssetType(asset.type)}</Td>
            <Td>{formatAssetStatus(asset.status)}</Td>
            <Td>
              <Link href={`/customers/${asset.owner.id}`} prefetch={false} className="text-indigo-700 hover:underline">{asset.owner.name}</Link>
              {asset.owner.archived && <> <Badge>Archived</Badge></>}
            </Td>
            <Td><LocationCell location={asset.location} /></Td>
            {canWrite && (
              <Td align="right">
                <Link href={`/customers/${customerId}/assets/${asset.id}/edit?view=${view}`} prefetch={false} className={buttonStyles.secondary} aria-label={`Edit ${asset.serial}`}>Edit</Link>
              </Td>
            )}
          </tr>
        ))}
      </Table>
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
