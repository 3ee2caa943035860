// Single-customer writes through the API: the console's schemas and mutations, origin "api",
// the token as the audit actor.
import type { AuditActor } from "../audit/write-audit-log";
import { archiveCustomer, createCustomer, updateCustomer } from "../customers/mutations";
import { customerIdSchema } from "../customers/schema";
import { apiCustomerInputSchema, apiCustomerUpdateSchema, findMissingReferences } from "./customer-input";
import { getCustomerJsonOrThrow, getVersionedCustomerJsonOrThrow, type CustomerJson, type VersionedCustomerJson } from "./customer-json";
import { ApiError, invalidRequest } from "./errors";
import { preconditionFailed } from "./if-match";

/** A path id that is not a positive integer names no customer: 404, like an unknown one. */
export function parseCustomerId(value: string): number {
  const parsed = customerIdSchema.safeParse(value);
  if (!parsed.success || !/^\d+$/.test(value)) throw new ApiError(404, "not_found", `Customer ${value} does not exist`);
  return parsed.data;
}

async function assertReferencesExist(input: { partnerId?: number | null; accountManagerId?: number | null }) {
  const [missing] = await findMissingReferences([input]);
  if (missing) throw new ApiError(400, "invalid_request", "The request has invalid fields.", missing);
}

export async function createCustomerFromApi(actor: AuditActor, body: unknown): Promise<CustomerJson> {
  const parsed = apiCustomerInputSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error);
  await assertReferencesExist(parsed.data);
  const created = await createCustomer(actor, parsed.data, { origin: "api" });
  return getCustomerJsonOrThrow(created.id);
}

/** `version`: the If-Match of the request (lib/api/if-match.ts); a newer stored one is a 412. */
export async function updateCustomerFromApi(actor: AuditActor, id: number, body: unknown, version: number): Promise<VersionedCustomerJson> {
  const parsed = apiCustomerUpdateSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error);
  await assertReferencesExist(parsed.data);
  try {
    await updateCustomer(actor, id, parsed.data, { version });
  } catch (error) {
    throw preconditionFailed(error);
  }
  return getVersionedCustomerJsonOrThrow(id);
}

export async function archiveCustomerFromApi(actor: AuditActor, id: number, version?: number): Promise<VersionedCustomerJson> {
  try {
    await archiveCustomer(actor, id, new Date(), version);
  } catch (error) {
    throw preconditionFailed(error);
  }
  return getVersionedCustomerJsonOrThrow(id);
}
