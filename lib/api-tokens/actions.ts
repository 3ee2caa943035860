"use server";
// API token server actions: admins only (apiTokens.manage), each through runAction.
import { revalidatePath } from "next/cache";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { createApiToken, revokeApiToken } from "./mutations";
import { apiTokenCreateSchema, apiTokenRevokeSchema } from "./schema";

const PAGE_PATH = "/settings/api-tokens";

/** A created token is returned here once and nowhere else; the page cannot show it again. */
export type CreateApiTokenState =
  | (ActionResult<{ id: number; name: string; token: string }> & { values?: Record<string, string> })
  | null;

export async function createApiTokenAction(_previous: CreateApiTokenState, formData: FormData): Promise<CreateApiTokenState> {
  const values = formDataToObject(formData);
  const result = await runAction(
    { permission: "apiTokens.manage", schema: apiTokenCreateSchema, input: values },
    async ({ user, actor, input }) => {
      const { token, record } = await createApiToken({ ...actor, id: user.id }, input);
      return { id: record.id, name: record.name, token };
    },
  );
  if (result.ok) revalidatePath(PAGE_PATH);
  return result.ok ? result : { ...result, values };
}

export type RevokeApiTokenState = ActionResult<{ id: number }> | null;

export async function revokeApiTokenAction(_previous: RevokeApiTokenState, formData: FormData): Promise<RevokeApiTokenState> {
  const result = await runAction(
    { permission: "apiTokens.manage", schema: apiTokenRevokeSchema, input: formDataToObject(formData) },
    async ({ actor, input }) => {
      await revokeApiToken(actor, input.id);
      return { id: input.id };
    },
  );
  if (result.ok) revalidatePath(PAGE_PATH);
  return result;
}
