// The server-action shape of a customer's record tabs (Subscriptions, Orders, Users, Settings):
// runAction (session, permission, zod) with the customer id from the form, the customer's pages
// revalidated after a save (the header shows MRR and ARR), an id of another customer's record
// answered 403, and the typed values returned with a refusal so the form shows them again.
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { versionSchema } from "../versions/stale-version";
import type { AuditActor } from "../audit/write-audit-log";
import type { Permission } from "../auth/permissions";
import { formDataToObject, runAction, type ActionResult } from "./safe-action";

export type RecordFormState = (ActionResult<{ customerId: number }> & { values?: Record<string, string> }) | null;

type Options<S extends z.ZodType> = {
  permission: Permission;
  schema: S;
  formData: FormData;
  /** Where to go after a save (an edit form returns to its tab); stays on the page when absent. */
  redirectTo?: (customerId: number) => string;
};

/** `version` of the write: the record's version the form loaded (a hidden input), when it sent one;
 * the mutation refuses it when the stored record is newer (decision 029). */
export type RecordWriteOptions = { version?: number };

export async function runCustomerRecordAction<S extends z.ZodType<{ customerId: number }>>(
  { permission, schema, formData, redirectTo }: Options<S>,
  write: (actor: AuditActor, input: z.output<S>, options: RecordWriteOptions) => Promise<unknown>,
): Promise<RecordFormState> {
  const values = formDataToObject(formData);
  const withVersion = z.object({ version: versionSchema.optional() }).and(schema);
  const result = await runAction({ permission, schema: withVersion, input: values }, async ({ actor, input }) => {
    await write(actor, input as z.output<S>, { version: (input as { version?: number }).version });
    return { customerId: input.customerId };
  });
  if (result.ok) {
    revalidatePath(`/customers/${result.data.customerId}`, "layout");
    if (redirectTo) redirect(redirectTo(result.data.customerId));
    return result;
  }
  if (result.code === "NOT_FOUND") forbidden();
  return { ...result, values };
}
