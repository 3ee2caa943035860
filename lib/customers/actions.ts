"use server";
// Customer server actions: public endpoints, each parsed, authorized and run through runAction.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { archiveCustomer, createCustomer, unarchiveCustomer, updateCustomer } from "./mutations";
import { customerIdSchema, customerInputSchema, customerNotesSchema, customerUpdateSchema } from "./schema";
import { registryCustomerInputSchema } from "../registry/customer-input";

/** A failed submission carries the values typed, so the form can show them again. */
export type CustomerFormState = (ActionResult<{ id: number }> & { values?: Record<string, string> }) | null;

const updateWithIdSchema = customerUpdateSchema.extend({ id: customerIdSchema });
const notesWithIdSchema = customerNotesSchema.extend({ id: customerIdSchema });

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

export async function updateCustomerAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: updateWithIdSchema, input: values },
    async ({ actor, input: { id, ...changes } }) => ({ id: (await updateCustomer(actor, id, changes)).id }),
  );
  if (result.ok) redirect(`/customers/${result.data.id}`);
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function updateCustomerNotesAction(_previous: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.notes", schema: notesWithIdSchema, input: values },
    async ({ actor, input: { id, notes } }) => ({ id: (await updateCustomer(actor, id, { notes })).id }),
  );
  if (result.ok) {
    revalidatePath(`/customers/${result.data.id}`);
    return result;
  }
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
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
