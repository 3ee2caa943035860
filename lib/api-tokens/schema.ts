// The API token contract: scopes and the console's create/revoke input.
import { z } from "zod";

export const API_TOKEN_SCOPES = ["read", "read_write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  read: "Read",
  read_write: "Read and write",
};

export const apiTokenCreateSchema = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Choose a scope" }),
});
export type ApiTokenCreateInput = z.output<typeof apiTokenCreateSchema>;

export const apiTokenRevokeSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
