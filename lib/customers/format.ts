// How customer fields read on screen, shared by the list, the details and exports.
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

/** The customer's fields as people call them, for the audit log. */
export const CUSTOMER_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  status: "Status",
  origin: "Origin",
  partner: "Partner",
  accountManager: "Account manager",
  tags: "Tags",
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  postalCode: "Postal code",
  city: "City",
  region: "Region",
  country: "Country",
  billingEmail: "Billing email",
  billingContact: "Billing contact",
  organisationNumber: "Organisation number",
  externalId: "External id",
  industryCode: "Industry code",
  trialEndsAt: "Trial ends",
  notes: "Notes",
  archivedAt: "Archived at",
  dataRetention: "Data retention", // an account's (lib/accounts), in the same customer audit log
};
