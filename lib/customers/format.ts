// How customer fields read on screen, shared by the list, the details and exports.
import { CUSTOMER_FIELD_LABELS_BY_KEY } from "./fields";
import { ORIGIN_LABELS, type CustomerOrigin } from "./schema";

export function formatLocation(customer: { city: string | null; region: string | null }): string {
  return [customer.city, customer.region].filter(Boolean).join(", ");
}

export function formatOrigin(origin: string): string {
  return ORIGIN_LABELS[origin as CustomerOrigin] ?? origin;
}

/** Address lines as on an envelope: street lines, "city, region postal code", country. */
export function formatAddressLines(customer: {
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}): string[] {
  const cityLine = [formatLocation(customer), customer.postalCode].filter(Boolean).join(" ");
  return [customer.addressLine1, customer.addressLine2, cityLine, customer.country].filter((line): line is string => Boolean(line));
}

/** The customer's fields as people call them, for the audit log: the declaration's labels
 * (fields.ts), by audit key. */
export const CUSTOMER_FIELD_LABELS: Record<string, string> = {
  ...CUSTOMER_FIELD_LABELS_BY_KEY,
  dataRetention: "Data retention", // an account's (lib/accounts), in the same customer audit log
};
