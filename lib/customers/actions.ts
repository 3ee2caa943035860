"use server";
// Customer server actions: public endpoints, each parsed, authorized and run through runAction.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { archiveCustomer, createCustomer, unarchiveCustomer, updateCustomer } from "./mutations";
import { customerIdSchema, customerInputSchema, customerNotesSchema, customerUpdateSchema } from "./schema";
import { registryCustomerInputSchema } from "../registry/customer-input";
import { isStaleVersionError, versionSchema, type VersionConflict } from "../versions/stale-version";
import { changedFormValues, customerFormValues, parseLoadedValues } from "./form-values";
import { getCustomerOrThrow } from "./queries";

/** A failed submission carries the values typed, so the form can show them again. */
export type CustomerFormState =
  | (ActionResult<{ id: number }> & {
      values?: Record<string, string>;
      /** A refused stale save: the newer version's author, time and changes (decision 029)... */
      conflict?: VersionConflict;
      /** ...and the newer version's stored values, which the form edits from now on. */
      loaded?: Record<string, string>;
      version?: number;
    })
  | null;

const updateWithIdSchema = customerUpdateSchema.extend({ id: customerIdSchema, version: versionSchema });
const notesWithIdSchema = customerNotesSchema.extend({ id: customerIdSchema, version: versionSchema });

export async function createCustomerAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: customerInputSchema, input: values },
    async ({ actor, input }) => ({ id: (await createCustomer(actor, input, { origin: "manage" })).id }),
  );
  if (result.ok) redirect(`/customers/${result.data.id}`);
  return { ...result, values };
}

/** Create from a company registry: origin "registry", set here on the server (never taken from the
 * form), and only with a valid organisation number. */
export async function createRegistryCustomerAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: registryCustomerInputSchema, input: values },
    async ({ actor, input }) => ({ id: (await createCustomer(actor, input, { origin: "registry" })).id }),
  );
  if (result.ok) redirect(`/customers/${result.data.id}`);
  return { ...result, values };
}

/** The edit form's save: only the fields the user changed (against the form's `loaded` values),
 * sent against the version the form loaded. A newer stored version refuses it (decision 029): the
 * form comes back on top of the newer version with the user's changes still typed in, "Changed by
 * NAME at TIME" and what that change was, so saving again re-applies them knowingly. */
export async function updateCustomerAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const changed = changedFormValues(values, parseLoadedValues(values.loaded));
  const result = await runAction(
    { permission: "customers.write", schema: updateWithIdSchema, input: { ...changed, id: values.id, version: values.version } },
    async ({ actor, input: { id, version, ...changes } }) => {
      try {
        return { id: (await updateCustomer(actor, id, changes, { version })).id, conflict: undefined };
      } catch (error) {
        if (isStaleVersionError(error)) return { id, conflict: error.conflict };
        throw error;
      }
    },
  );
  if (result.ok && !result.data.conflict) redirect(`/customers/${result.data.id}`);
  if (result.ok && result.data.conflict) {
    const current = customerFormValues(await getCustomerOrThrow(result.data.id));
    const { conflict } = result.data;
    return {
      ok: false,
      code: "CONFLICT",
      error: `Changed by ${conflict.by} at ${conflict.at}. Your changes are kept below on top of theirs: check them and save again.`,
      conflict,
      loaded: current,
      version: conflict.version,
      values: { ...current, ...changed },
    };
  }
  if (!result.ok && result.code === "NOT_FOUND") notFound();
  // Any other refusal keeps the version and values the form was editing from.
  const version = versionSchema.safeParse(values.version);
  return {
    ...(result as Extract<typeof result, { ok: false }>),
    values,
    loaded: parseLoadedValues(values.loaded) ?? undefined,
    version: version.success ? version.data : undefined,
  };
}

/** Support's notes save, versioned like the edit form (decision 035): the form sends the version
 * and the notes it loaded. Unchanged notes write nothing; a newer stored version refuses the save
 * with "Changed by NAME at TIME" and what changed, the typed notes kept and the newer version sent
 * back, so saving again re-applies them knowingly. */
export async function updateCustomerNotesAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const unchanged = typeof values.loaded === "string" && values.loaded === (values.notes ?? "");
  const result = await runAction(
    { permission: "customers.notes", schema: notesWithIdSchema, input: values },
    async ({ actor, input: { id, notes, version } }) => {
      try {
        // Nothing typed: only the version is checked (a stale form still hears who changed what).
        const input = unchanged ? {} : { notes };
        return { id: (await updateCustomer(actor, id, input, { version })).id, conflict: undefined };
      } catch (error) {
        if (isStaleVersionError(error)) return { id, conflict: error.conflict };
        throw error;
      }
    },
  );
  if (result.ok && !result.data.conflict) {
    revalidatePath(`/customers/${result.data.id}`);
    return result;
  }
  if (result.ok && result.data.conflict) {
    const { conflict } = result.data;
    const current = await getCustomerOrThrow(result.data.id);
    return {
      ok: false,
      code: "CONFLICT",
      error: `Changed by ${conflict.by} at ${conflict.at}. Your notes are kept below: check them and save again.`,
      conflict,
      loaded: { notes: current.notes ?? "" },
      version: conflict.version,
      values,
    };
  }
  if (!result.ok && result.code === "NOT_FOUND") notFound();
  const version = versionSchema.safeParse(values.version);
  return { ...(result as Extract<typeof result, { ok: false }>), values, version: version.success ? version.data : undefined };
}

const archiveSchema = z.object({ id: customerIdSchema, archived: z.enum(["true", "false"]) });

export async function setCustomerArchivedAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const result = await runAction(
    { permission: "customers.archive", schema: archiveSchema, input: formDataToObject(formData) },
    async ({ actor, input }) => {
      if (input.archived === "true") await archiveCustomer(actor, input.id);
      else await unarchiveCustomer(actor, input.id);
      return { id: input.id };
    },
  );
  if (result.ok) revalidatePath(`/customers/${result.data.id}`);
  else if (result.code === "NOT_FOUND") notFound();
  return result;
}
