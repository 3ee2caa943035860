// The customer as the API returns it: public fields only (no nameSort/searchText), dates as ISO
// text, related records by id and name, stored warnings as rule ids. The properties are the
// declaration's (lib/customers/fields.ts), each with its JSON schema and value.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { getDb } from "../db/client";
import { CUSTOMER_FIELDS, storedValue, type CustomerField } from "../customers/fields";

type JsonShape = { [F in CustomerField as F["json"]["key"]]: F["json"]["schema"] };

/** The response shape; the OpenAPI document is generated from it, and toCustomerJson must match. */
export const customerJsonSchema = z.object(
  Object.fromEntries(CUSTOMER_FIELDS.map((def) => [def.json.key, def.json.schema])) as JsonShape,
);
export type CustomerJson = z.output<typeof customerJsonSchema>;

export const customerJsonInclude = {
  partner: { select: { id: true, name: true } },
  accountManager: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } } },
  warnings: { select: { rule: true } },
  settings: { select: { currency: true } }, // the currency of mrr and arr
} satisfies Prisma.CustomerInclude;

type CustomerJsonSource = Prisma.CustomerGetPayload<{ include: typeof customerJsonInclude }>;

export function toCustomerJson(customer: CustomerJsonSource): CustomerJson {
  const json: Record<string, unknown> = {};
  for (const def of CUSTOMER_FIELDS) {
    json[def.json.key] = "value" in def.json ? def.json.value(customer) : storedValue(customer, def.name);
  }
  // Status and origin are stored as validated text (prisma/schema.prisma): only the console's
  // values are written, so the declared enums hold.
  return json as CustomerJson;
}

export async function getCustomerJsonOrThrow(id: number): Promise<CustomerJson> {
  const customer = await getDb().customer.findUnique({ where: { id }, include: customerJsonInclude });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  return toCustomerJson(customer);
}

export type VersionedCustomerJson = { json: CustomerJson; version: number };

/** The customer and its version, the ETag of GET and of a write's answer (lib/api/if-match.ts). */
export async function getVersionedCustomerJsonOrThrow(id: number): Promise<VersionedCustomerJson> {
  const customer = await getDb().customer.findUnique({ where: { id }, include: customerJsonInclude });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  return { json: toCustomerJson(customer), version: customer.version };
}
