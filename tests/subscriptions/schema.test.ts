// The record tabs' inputs: each bad value is refused at its field with a message a person can act on.
import { describe, expect, it } from "vitest";
import { subscriptionInputSchema } from "@/lib/subscriptions/schema";
import { orderInputSchema } from "@/lib/orders/schema";
import { customerUserInputSchema } from "@/lib/customer-users/schema";
import { customerSettingsInputSchema } from "@/lib/customer-settings/schema";

function fieldErrors(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

const line = { product: "Cloud PACS", quantity: "3", unitPrice: "49.50", currency: "EUR", billingPeriod: "quarterly", startDate: "2026-01-01", endDate: "" };
const settings = { invoiceLanguage: "en", currency: "NOK", paymentTermsDays: "30", defaultDataRetention: "1y" };

describe("subscriptionInputSchema", () => {
  it("reads a line into 64-bit minor units and UTC days", () => {
    expect(subscriptionInputSchema.parse(line)).toEqual({
      product: "Cloud PACS", quantity: 3, unitPriceMinor: 4950n, currency: "EUR", billingPeriod: "quarterly",
      startDate: new Date("2026-01-01T00:00:00Z"), endDate: null,
    });
  });

  it("refuses a negative quantity and a negative price, each at its field", () => {
    expect(fieldErrors(subscriptionInputSchema.safeParse({ ...line, quantity: "-1", unitPrice: "-5" }))).toEqual({
      quantity: "The quantity cannot be negative",
      unitPrice: "The unit price cannot be negative",
    });
  });

  it("refuses an end before the start", () => {
    expect(fieldErrors(subscriptionInputSchema.safeParse({ ...line, endDate: "2025-12-31" }))).toEqual({ endDate: "The subscription cannot end before it starts" });
  });

  it("refuses an unknown billing period and an unknown currency", () => {
    expect(fieldErrors(subscriptionInputSchema.safeParse({ ...line, billingPeriod: "weekly", currency: "XYZ" }))).toEqual({
      billingPeriod: "Choose a billing period: monthly, quarterly or yearly",
      currency: expect.stringContaining("Choose a currency"),
    });
  });
});

describe("orderInputSchema", () => {
  it("refuses a negative total and an unknown currency", () => {
    const result = orderInputSchema.safeParse({ number: "SO-1", orderedAt: "2026-01-05", total: "-10", currency: "BTC" });
    expect(fieldErrors(result)).toEqual({ total: "The total cannot be negative", currency: expect.stringContaining("Choose a currency") });
  });

  it("reads the total into minor units", () => {
    expect(orderInputSchema.parse({ number: " SO-1 ", orderedAt: "2026-01-05", total: "1200", currency: "USD" })).toMatchObject({ number: "SO-1", totalMinor: 120000n });
  });
});

describe("customerUserInputSchema", () => {
  it("lower-cases the email, so one address is one user", () => {
    expect(customerUserInputSchema.parse({ name: "Ann", email: " Ann@Example.COM ", role: "owner" }).email).toBe("ann@example.com");
  });

  it("refuses a malformed email and an unknown role", () => {
    expect(fieldErrors(customerUserInputSchema.safeParse({ name: "Ann", email: "ann", role: "boss" }))).toEqual({
      email: "Enter an email address such as ann@example.com",
      role: "Choose a role: owner, admin or member",
    });
  });
});

describe("customerSettingsInputSchema", () => {
  it.each(["-1", "366", "ten"])("refuses payment terms of %s", (paymentTermsDays) => {
    expect(fieldErrors(customerSettingsInputSchema.safeParse({ ...settings, paymentTermsDays }))).toEqual({
      paymentTermsDays: "Enter the payment terms as whole days from 0 to 365",
    });
  });

  it.each([["0", 0], ["365", 365]])("accepts payment terms of %s", (text, days) => {
    expect(customerSettingsInputSchema.parse({ ...settings, paymentTermsDays: text }).paymentTermsDays).toBe(days);
  });
});
