import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCustomerLocations } from "@/lib/locations/queries";
import { parseShowArchived } from "@/lib/locations/schema";
import { LocationsTable } from "@/components/locations/locations-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Locations" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerLocationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/locations`);
  const customer = await loadCustomer(id);
  const includeArchived = parseShowArchived(await searchParams);
  const { rows, archivedCount } = await listCustomerLocations(customer.id, { includeArchived });
  return <LocationsTable customerId={customer.id} rows={rows} archivedCount={archivedCount} includeArchived={includeArchived} canWrite={can(user, "customers.write")} />;
}
