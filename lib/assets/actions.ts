"use server";
// Asset server actions: public endpoints, each parsed, authorized and run through runAction. The
// customer id in the form is the page the asset was reached through; the mutations refuse an
// asset that is neither at that customer's locations nor owned by it, answered with forbidden()
// (decision 014 on the status a script sees).
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { customerIdSchema } from "../customers/schema";
import { createAsset, updateAsset } from "./mutations";
import { ASSET_VIEWS, assetCreateSchema, assetIdSchema, assetUpdateSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type AssetFormState = (ActionResult<{ customerId: number; view: string }> & { values?: Record<string, string> }) | null;

const viewSchema = z.enum(ASSET_VIEWS).catch("assets");
const createSchema = assetCreateSchema.extend({ customerId: customerIdSchema, view: viewSchema });
const updateSchema = assetUpdateSchema.extend({ customerId: customerIdSchema, assetId: assetIdSchema, view: viewSchema });

/** Every customer concerned sees the change on its tabs and overview at once. */
function revalidateCustomers(customerIds: readonly number[]) {
  for (const id of customerIds) revalidatePath(`/customers/${id}`, "layout");
}

export async function createAssetAction(_previous: AssetFormState, formData: FormData): Promise<AssetFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: createSchema, input: values },
    async ({ actor, input: { customerId, view, ...asset } }) => {
      const { customerIds } = await createAsset(actor, customerId, asset);
      revalidateCustomers(customerIds);
      return { customerId, view };
    },
  );
  if (result.ok) redirect(`/customers/${result.data.customerId}/${result.data.view}`);
  if (result.code === "NOT_FOUND") forbidden();
  return { ...result, values };
}

export async function updateAssetAction(_previous: AssetFormState, formData: FormData): Promise<AssetFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: updateSchema, input: values },
    async ({ actor, input: { customerId, assetId, view, ...asset } }) => {
      const { customerIds } = await updateAsset(actor, customerId, assetId, asset);
      revalidateCustomers(customerIds);
      return { customerId, view };
    },
  );
  if (result.ok) redirect(`/customers/${result.data.customerId}/${result.data.view}`);
  if (result.code === "NOT_FOUND") forbidden();
  return { ...result, values };
}
