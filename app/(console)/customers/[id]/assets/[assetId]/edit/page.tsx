import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/app-error";
import { requirePagePermission } from "@/lib/auth/session";
import { updateAssetAction } from "@/lib/assets/actions";
import { getCustomerAssetOrThrow } from "@/lib/assets/queries";
import { ASSET_VIEWS, assetIdSchema } from "@/lib/assets/schema";
import { AssetForm } from "@/components/assets/asset-form";
import { loadCustomer } from "../../../load-customer";

export const metadata: Metadata = { title: "Edit asset" };

type Props = { params: Promise<{ id: string; assetId: string }>; searchParams: Promise<{ view?: string | string[] }> };

/** An asset neither at this customer's locations nor owned by it is a 404 here. */
async function loadAsset(customerId: number, rawAssetId: string) {
  const assetId = assetIdSchema.safeParse(rawAssetId);
  if (!assetId.success) notFound();
  try {
    return await getCustomerAssetOrThrow(customerId, assetId.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditAssetPage({ params, searchParams }: Props) {
  const { id, assetId } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/assets/${assetId}/edit`);
  const customer = await loadCustomer(id);
  const asset = await loadAsset(customer.id, assetId);
  const view = z.enum(ASSET_VIEWS).catch("assets").parse((await searchParams).view);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit asset {asset.serial}</h2>
      <AssetForm
        action={updateAssetAction}
        customerId={customer.id}
        view={view}
        assetId={asset.id}
        initialValues={{
          serial: asset.serial,
          model: asset.model,
          type: asset.type,
          status: asset.status,
          location: asset.location && { id: asset.location.id, label: asset.location.name },
          owner: { id: asset.owner.id, label: asset.owner.name },
        }}
        submitLabel="Save changes"
      />
    </section>
  );
}
