import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { listCustomerScanners } from "@/lib/scanners/queries";
import { parseScannerListParams } from "@/lib/scanners/schema";
import { ScannersTable } from "@/components/customers/scanners-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Scanners" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerScannersPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.read", `/customers/${id}/scanners`);
  const customer = await loadCustomer(id);
  const { includeArchived } = parseScannerListParams(await searchParams);
  const { rows, archivedCount } = await listCustomerScanners(customer.id, { includeArchived });
  return <ScannersTable basePath={`/customers/${customer.id}/scanners`} rows={rows} archivedCount={archivedCount} includeArchived={includeArchived} />;
}
