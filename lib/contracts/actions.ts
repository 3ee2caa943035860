"use server";
// Contract server actions: public endpoints, each parsed, authorized (contracts.write) and run
// through runAction. The customer id travels in the form; the mutation checks it exists.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { customerIdSchema } from "../customers/schema";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { versionSchema } from "../versions/stale-version";
import { createContract, endContract, updateContract } from "./mutations";
import { contractIdSchema, contractInputSchema, contractUpdateSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type ContractFormState = (ActionResult<{ customerId: number; contractId: number }> & { values?: Record<string, string> }) | null;

const createSchema = z.intersection(z.object({ customerId: customerIdSchema }), contractInputSchema);
const updateSchema = z.intersection(z.object({ customerId: customerIdSchema, contractId: contractIdSchema, version: versionSchema }), contractUpdateSchema);
const endSchema = z.object({ customerId: customerIdSchema, contractId: contractIdSchema, version: versionSchema.optional() });

function contractsPath(customerId: number) {
  return `/customers/${customerId}/contracts`;
}

/** Warnings show in the customer header and the list: both re-render after a contract change. */
function revalidateCustomer(customerId: number) {
  revalidatePath(`/customers/${customerId}`, "layout");
  revalidatePath("/customers");
}

export async function createContractAction(_previous: ContractFormState, formData: FormData): Promise<ContractFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "contracts.write", schema: createSchema, input: values },
    async ({ actor, input: { customerId, ...terms } }) => {
      const contract = await createContract(actor, customerId, terms);
      return { customerId, contractId: contract.id };
    },
  );
  if (result.ok) {
    revalidateCustomer(result.data.customerId);
    redirect(contractsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function updateContractAction(_previous: ContractFormState, formData: FormData): Promise<ContractFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "contracts.write", schema: updateSchema, input: values },
    async ({ actor, input: { customerId, contractId, version, ...terms } }) => {
      await updateContract(actor, contractId, terms, { customerId, version });
      return { customerId, contractId };
    },
  );
  if (result.ok) {
    revalidateCustomer(result.data.customerId);
    redirect(contractsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function endContractAction(_previous: ContractFormState, formData: FormData): Promise<ContractFormState> {
  const result = await runAction(
    { permission: "contracts.write", schema: endSchema, input: formDataToObject(formData) },
    async ({ actor, input: { customerId, contractId, version } }) => {
      await endContract(actor, contractId, { customerId, version });
      return { customerId, contractId };
    },
  );
  if (result.ok) {
    revalidateCustomer(result.data.customerId);
    redirect(contractsPath(result.data.customerId));
  }
  if (result.code === "NOT_FOUND") notFound();
  return result;
}
