// The customer as the API returns it: public fields only (no nameSort/searchText), dates as ISO
// text, related records by id and name, stored warnings as rule ids.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { getDb } from "../db/client";
import { CUSTOMER_ORIGINS, CUSTOMER_STATUSES } from "../customers/schema";

const namedRef = z.object({ id: z.number().int(), name: z.string() }).nullable();
const text = z.string().nullable();

/** The response shape; the OpenAPI document is generated from it, and toCustomerJson must match. */
export const customerJsonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.enum(CUSTOMER_STATUSES),
  origin: z.enum(CUSTOMER_ORIGINS),
  partner: namedRef,
  accountManager: namedRef,
  tags: z.array(z.string()),
  addressLine1: text,
  addressLine2: text,
  postalCode: text,
  city: text,
  region: text,
  country: text.describe("ISO 3166-1 alpha-2"),
  billingEmail: text,
  billingContact: text,
  organisationNumber: text,
  externalId: text,
  industryCode: text,
  notes: text,
  trialEndsAt: z.iso.date().nullable(),
  warnings: z.array(z.string()).describe("Ids of the customer's current warning rules, e.g. paying_without_contract"),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CustomerJson = z.output<typeof customerJsonSchema>;

export const customerJsonInclude = {
  partner: { select: { id: true, name: true } },
  accountManager: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } } },
  warnings: { select: { rule: true } },
} satisfies Prisma.CustomerInclude;

type CustomerJsonSource = Prisma.CustomerGetPayload<{ include: typeof customerJsonInclude }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toCustomerJson(customer: CustomerJsonSource): CustomerJson {
  return {
    id: customer.id,
    name: customer.name,
    // Stored as validated text (prisma/schema.prisma); only the console's values are written.
    status: customer.status as CustomerJson["status"],
    origin: customer.origin as CustomerJson["origin"],
    partner: customer.partner,
    accountManager: customer.accountManager,
    tags: customer.tags.map((t) => t.tag.name).sort(),
    addressLine1: customer.addressLine1,
    addressLine2: customer.addressLine2,
    postalCode: customer.postalCode,
    city: customer.city,
    region: customer.region,
    country: customer.country,
    billingEmail: customer.billingEmail,
    billingContact: customer.billingContact,
    organisationNumber: customer.organisationNumber,
    externalId: customer.externalId,
    industryCode: customer.industryCode,
    notes: customer.notes,
    trialEndsAt: customer.trialEndsAt ? customer.trialEndsAt.toISOString().slice(0, 10) : null,
    warnings: customer.warnings.map((w) => w.rule).sort(),
    archivedAt: iso(customer.archivedAt),
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}

export async function getCustomerJsonOrThrow(id: number): Promise<CustomerJson> {
  const customer = await getDb().customer.findUnique({ where: { id }, include: customerJsonInclude });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  return toCustomerJson(customer);
}
