import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAssetsAtCustomer } from "@/lib/assets/queries";
import { assetListQuerySchema } from "@/lib/assets/schema";
import { AssetsTable } from "@/components/assets/assets-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Assets on location" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerAssetsOnLocationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/assets`);
  const customer = await loadCustomer(id);
  const { page } = assetListQuerySchema.parse(await searchParams);
  return (
    <AssetsTable
      customerId={customer.id}
      view="assets"
      title="Assets on location"
      empty="No assets stand at this customer's locations."
      page={await listAssetsAtCustomer(customer.id, page)}
      canWrite={can(user, "customers.write")}
    />
  );
}
