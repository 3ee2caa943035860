"use server";
// Account server actions: public endpoints, each parsed, authorized and run through runAction.
// The customer id comes from the form, so every write checks on the server that the account
// belongs to that customer (lib/accounts/mutations.ts).
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { customerIdSchema } from "../customers/schema";
import { versionSchema } from "../versions/stale-version";
import { createAccount, deleteAccount, updateAccount } from "./mutations";
import { accountIdSchema, accountInputSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type AccountFormState = (ActionResult<{ customerId: number }> & { values?: Record<string, string> }) | null;

const createSchema = accountInputSchema.extend({ customerId: customerIdSchema });
const updateSchema = accountInputSchema.extend({ customerId: customerIdSchema, accountId: accountIdSchema, version: versionSchema });
const deleteSchema = z.object({ customerId: customerIdSchema, accountId: accountIdSchema, version: versionSchema.optional() });

const accountsPath = (customerId: number) => `/customers/${customerId}/accounts`;

export async function createAccountAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: createSchema, input: values },
    async ({ actor, input: { customerId, ...account } }) => {
      await createAccount(actor, customerId, account);
      return { customerId };
    },
  );
  if (result.ok) {
    revalidatePath(accountsPath(result.data.customerId));
    redirect(accountsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function updateAccountAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: updateSchema, input: values },
    async ({ actor, input: { customerId, accountId, version, ...account } }) => {
      await updateAccount(actor, customerId, accountId, account, version);
      return { customerId };
    },
  );
  if (result.ok) {
    revalidatePath(accountsPath(result.data.customerId));
    redirect(accountsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function deleteAccountAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const result = await runAction(
    { permission: "customers.write", schema: deleteSchema, input: formDataToObject(formData) },
    async ({ actor, input: { customerId, accountId, version } }) => {
      await deleteAccount(actor, customerId, accountId, version);
      return { customerId };
    },
  );
  if (result.ok) revalidatePath(accountsPath(result.data.customerId));
  return result;
}
