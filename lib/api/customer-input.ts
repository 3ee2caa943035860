// The API's customer bodies, derived from the field declaration (lib/customers/fields.ts) with
// the API's own rules (tags also as a JSON array), plus a check that referenced partners and
// account managers exist.
import { z } from "zod";
import { ACCOUNT_MANAGER_ROLES } from "../auth/roles";
import { getDb } from "../db/client";
import { inputShape } from "../customers/fields";
import type { FieldErrors } from "./errors";

export const apiCustomerInputSchema = z.object(inputShape("api"));
export type ApiCustomerInput = z.output<typeof apiCustomerInputSchema>;

export const apiCustomerUpdateSchema = apiCustomerInputSchema.partial();
export type ApiCustomerUpdate = z.output<typeof apiCustomerUpdateSchema>;

type References = { partnerId?: number | null; accountManagerId?: number | null };

/** Field errors for partner or account manager ids that do not exist, per item; one query per
 * kind for the whole batch. */
export async function findMissingReferences(items: References[]): Promise<(FieldErrors | null)[]> {
  const partnerIds = [...new Set(items.map((item) => item.partnerId).filter((id): id is number => typeof id === "number"))];
  const managerIds = [...new Set(items.map((item) => item.accountManagerId).filter((id): id is number => typeof id === "number"))];
  const db = getDb();
  const [partners, managers] = await Promise.all([
    partnerIds.length ? db.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true } }) : [],
    managerIds.length
      ? db.staffUser.findMany({ where: { id: { in: managerIds }, role: { in: [...ACCOUNT_MANAGER_ROLES] } }, select: { id: true } })
      : [],
  ]);
  const knownPartners = new Set(partners.map((p) => p.id));
  const knownManagers = new Set(managers.map((m) => m.id));
  return items.map((item) => {
    const errors: FieldErrors = {};
    if (typeof item.partnerId === "number" && !knownPartners.has(item.partnerId)) errors.partnerId = [`Partner ${item.partnerId} does not exist`];
    if (typeof item.accountManagerId === "number" && !knownManagers.has(item.accountManagerId)) {
      errors.accountManagerId = [`Account manager ${item.accountManagerId} does not exist`];
    }
    return Object.keys(errors).length ? errors : null;
  });
}
