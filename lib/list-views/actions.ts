"use server";
// The column chooser's and the saved views' server actions: public endpoints, each parsed,
// authorized (anyone who may read the list) and run through runAction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "../actions/safe-action";
import { columnsInputSchema, savedViewIdSchema, savedViewInputSchema } from "./schema";
import { createSavedView, deleteSavedView, saveListColumns } from "./mutations";

const columnsSchema = z.object({ columns: columnsInputSchema });

const withId = <T extends { id: number | null }>(actor: T) => {
  // Staff sessions always carry an id; an actor without one (a script) has no preferences.
  if (actor.id === null) throw new Error("A staff user is required");
  return actor as T & { id: number };
};

export async function saveListColumnsAction(input: { columns: string[] }): Promise<ActionResult<undefined>> {
  const result = await runAction({ permission: "customers.read", schema: columnsSchema, input }, async ({ actor, input: { columns } }) => {
    await saveListColumns(withId(actor), "customers", columns);
    return undefined;
  });
  if (result.ok) revalidatePath("/customers");
  return result;
}

export type SavedViewFormState = ActionResult<{ id: number }> | null;

export async function createSavedViewAction(_previous: SavedViewFormState, formData: FormData): Promise<SavedViewFormState> {
  const input = {
    name: formData.get("name") ?? undefined,
    query: formData.get("query") ?? "",
    columns: formData.get("columns") ?? undefined,
    shared: formData.get("shared") ?? false,
  };
  const result = await runAction({ permission: "customers.read", schema: savedViewInputSchema, input }, ({ actor, input: view }) =>
    createSavedView(withId(actor), "customers", view),
  );
  if (result.ok) revalidatePath("/customers");
  return result;
}

export async function deleteSavedViewAction(input: { id: number }): Promise<ActionResult<undefined>> {
  const result = await runAction({ permission: "customers.read", schema: savedViewIdSchema, input }, async ({ actor, input: { id } }) => {
    await deleteSavedView(withId(actor), id);
    return undefined;
  });
  if (result.ok) revalidatePath("/customers");
  return result;
}
