import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAssetsOwnedBy } from "@/lib/assets/queries";
import { assetListQuerySchema } from "@/lib/assets/schema";
import { AssetsTable } from "@/components/assets/assets-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Assets owned" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerAssetsOwnedPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/assets-owned`);
  const customer = await loadCustomer(id);
  const { page } = assetListQuerySchema.parse(await searchParams);
  return (
    <AssetsTable
      customerId={customer.id}
      view="assets-owned"
      title="Assets owned"
      empty="This customer owns no assets."
      page={await listAssetsOwnedBy(customer.id, page)}
      canWrite={can(user, "customers.write")}
    />
  );
}
