// The two asset tabs ("Assets on location", "Assets owned"): one page, two selections.
import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAssetsAtCustomer, listAssetsOwnedBy } from "@/lib/assets/queries";
import { assetListQuerySchema, type AssetView } from "@/lib/assets/schema";
import { AssetsTable } from "@/components/assets/assets-table";
import { loadCustomer } from "./load-customer";

const VIEWS = {
  assets: { title: "Assets on location", empty: "No assets stand at this customer's locations.", list: listAssetsAtCustomer },
  "assets-owned": { title: "Assets owned", empty: "This customer owns no assets.", list: listAssetsOwnedBy },
} satisfies Record<AssetView, { title: string; empty: string; list: typeof listAssetsAtCustomer }>;

export type AssetTabProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const assetTabMetadata = (view: AssetView): Metadata => ({ title: VIEWS[view].title });

export async function AssetTab({ view, params, searchParams }: AssetTabProps & { view: AssetView }) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/${view}`);
  const customer = await loadCustomer(id);
  const { page } = assetListQuerySchema.parse(await searchParams);
  const { title, empty, list } = VIEWS[view];
  return (
    <AssetsTable customerId={customer.id} view={view} title={title} empty={empty} page={await list(customer.id, page)} canWrite={can(user, "customers.write")} />
  );
}
