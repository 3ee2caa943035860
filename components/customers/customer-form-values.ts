import type { CustomerDetail } from "@/lib/customers/queries";

/** A stored customer as the strings its edit form starts from. */
export function customerFormValues(customer: CustomerDetail): Record<string, string> {
  return {
    name: customer.name,
    status: customer.status,
    accountManagerId: customer.accountManagerId ? String(customer.accountManagerId) : "",
    partnerId: customer.partnerId ? String(customer.partnerId) : "",
    tags: customer.tags.map((t) => t.tag.name).join(", "),
    organisationNumber: customer.organisationNumber ?? "",
    externalId: customer.externalId ?? "",
    industryCode: customer.industryCode ?? "",
    trialEndsAt: customer.trialEndsAt ? customer.trialEndsAt.toISOString().slice(0, 10) : "",
    billingEmail: customer.billingEmail ?? "",
    billingContact: customer.billingContact ?? "",
    addressLine1: customer.addressLine1 ?? "",
    addressLine2: customer.addressLine2 ?? "",
    postalCode: customer.postalCode ?? "",
    city: customer.city ?? "",
    region: customer.region ?? "",
    country: customer.country ?? "",
    notes: customer.notes ?? "",
  };
}
