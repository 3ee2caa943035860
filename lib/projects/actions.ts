"use server";
// Project server actions: public endpoints, each parsed, authorized (customers.write) and run
// through runAction. The customer id travels in the form; the mutation checks the project is its.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { customerIdSchema } from "../customers/schema";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { createProject, updateProject } from "./mutations";
import { projectIdSchema, projectInputSchema } from "./schema";

/** A failed submission carries the values typed, so the form can show them again. */
export type ProjectFormState = (ActionResult<{ customerId: number; projectId: number }> & { values?: Record<string, string> }) | null;

const createSchema = z.intersection(z.object({ customerId: customerIdSchema }), projectInputSchema);
const updateSchema = z.intersection(z.object({ customerId: customerIdSchema, projectId: projectIdSchema }), projectInputSchema);

/** The overview on the customer's first tab counts projects and sums their billing: every tab of
 * the customer re-renders after a change, so the overview is fresh without a reload. */
function finish(customerId: number): never {
  revalidatePath(`/customers/${customerId}`, "layout");
  redirect(`/customers/${customerId}/projects`);
}

export async function createProjectAction(_previous: ProjectFormState, formData: FormData): Promise<ProjectFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: createSchema, input: values },
    async ({ actor, input: { customerId, ...fields } }) => {
      const project = await createProject(actor, customerId, fields);
      return { customerId, projectId: project.id };
    },
  );
  if (result.ok) finish(result.data.customerId);
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}

export async function updateProjectAction(_previous: ProjectFormState, formData: FormData): Promise<ProjectFormState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "customers.write", schema: updateSchema, input: values },
    async ({ actor, input: { customerId, projectId, ...fields } }) => {
      await updateProject(actor, customerId, projectId, fields);
      return { customerId, projectId };
    },
  );
  if (result.ok) finish(result.data.customerId);
  if (result.code === "NOT_FOUND") notFound();
  return { ...result, values };
}
