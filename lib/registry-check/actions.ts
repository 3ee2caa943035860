"use server";
// Registry server actions on the customer page: public endpoints, each parsed, authorized and run
// through runAction. Both need customers.write (account managers and admins).
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { customerIdSchema } from "../customers/schema";
import { checkCustomerRegistryNow, takeRegistryValues, type CheckNowResult } from "./mutations";

const idSchema = z.object({ id: customerIdSchema });

export type CheckNowState = ActionResult<CheckNowResult> | null;
export type TakeValuesState = ActionResult<{ fields: string[] }> | null;

export async function checkRegistryNowAction(_previous: CheckNowState, formData: FormData): Promise<CheckNowState> {
  const result = await runAction({ permission: "customers.write", schema: idSchema, input: formDataToObject(formData) }, ({ actor, input }) =>
    checkCustomerRegistryNow(actor, input.id),
  );
  if (!result.ok && result.code === "NOT_FOUND") notFound();
  if (result.ok) revalidatePath(`/customers/${customerIdSchema.parse(formData.get("id"))}`, "layout");
  return result;
}

export async function takeRegistryValuesAction(_previous: TakeValuesState, formData: FormData): Promise<TakeValuesState> {
  const result = await runAction({ permission: "customers.write", schema: idSchema, input: formDataToObject(formData) }, ({ actor, input }) =>
    takeRegistryValues(actor, input.id),
  );
  if (!result.ok && result.code === "NOT_FOUND") notFound();
  if (result.ok) revalidatePath(`/customers/${customerIdSchema.parse(formData.get("id"))}`, "layout");
  return result;
}
