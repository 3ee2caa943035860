// Calling the API's route handlers as Next does: a Request and a params promise.
import { createApiToken } from "@/lib/api-tokens/mutations";
import type { ApiTokenScope } from "@/lib/api-tokens/schema";
import { getDb } from "@/lib/db/client";
import { createStaffActor } from "../helpers/factories";

export const BASE = "http://localhost/api/v1";

export async function createToken(scope: ApiTokenScope, name = `test-${scope}`) {
  const admin = await createStaffActor("ADMIN");
  const { token, record } = await createApiToken({ id: admin.id!, label: admin.label }, { name, scope });
  return { token, id: record.id, name };
}

export function apiRequest(
  path: string,
  options: { token?: string; method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return new Request(`${BASE}${path}`, { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
}

export const noParams = { params: Promise.resolve({}) as Promise<Record<string, never>> };
export const idParams = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

/** The If-Match header naming the customer's stored version, as a client sends after its GET. */
export async function ifMatchCurrent(customerId: number): Promise<Record<string, string>> {
  const { version } = await getDb().customer.findUniqueOrThrow({ where: { id: customerId }, select: { version: true } });
  return { "If-Match": `"${version}"` };
}
