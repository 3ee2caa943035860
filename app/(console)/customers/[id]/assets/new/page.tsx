import type { Metadata } from "next";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/session";
import { createAssetAction } from "@/lib/assets/actions";
import { ASSET_VIEWS } from "@/lib/assets/schema";
import { AssetForm } from "@/components/assets/asset-form";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "New asset" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string | string[] }> };

export default async function NewAssetPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/assets/new`);
  const customer = await loadCustomer(id);
  const view = z.enum(ASSET_VIEWS).catch("assets").parse((await searchParams).view);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New asset</h2>
      <AssetForm
        action={createAssetAction}
        customerId={customer.id}
        view={view}
        // Most assets are the customer's own, at its own site: the owner starts as this customer.
        initialValues={{ serial: "", model: "", type: "ultrasound_scanner", status: "in_service", location: null, owner: { id: customer.id, label: customer.name } }}
        submitLabel="Create asset"
      />
    </section>
  );
}
