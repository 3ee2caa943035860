// Unit: what the New Contract wizard and the edit form accept, and the messages for bad input.
import { describe, expect, it } from "vitest";
import { contractInputSchema, contractUpdateSchema, minorToPriceText, parsePriceToMinor } from "@/lib/contracts/schema";

const valid = {
  type: "per_study",
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  currency: "USD",
  unitPrice: "1.20",
  includedUnits: "100",
  billingPeriod: "monthly",
  sendInvoicesAutomatically: "on",
  autoRenew: "on",
};

function fieldMessages(input: Record<string, unknown>, schema: typeof contractInputSchema | typeof contractUpdateSchema = contractInputSchema) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (messages[String(issue.path[0])] ??= []).push(issue.message);
  return messages;
}

describe("contractInputSchema", () => {
  it("turns the form's text into the stored columns: days in UTC, the price in minor units", () => {
    expect(contractInputSchema.parse(valid)).toEqual({
      type: "per_study",
      startDate: new Date("2026-01-01T00:00:00.000Z"),
      endDate: new Date("2026-12-31T00:00:00.000Z"),
      currency: "USD",
      unitPriceMinor: 120n,
      includedUnits: 100,
      billingPeriod: "monthly",
      sendInvoicesAutomatically: true,
      autoRenew: true,
    });
  });

  it("reads unticked boxes (absent from the post) as off, an empty end date as none, empty included units as 0", () => {
    const { sendInvoicesAutomatically: _s, autoRenew: _a, ...rest } = valid;
    expect(contractInputSchema.parse({ ...rest, endDate: "", includedUnits: "" })).toMatchObject({
      sendInvoicesAutomatically: false,
      autoRenew: false,
      endDate: null,
      includedUnits: 0,
    });
  });

  it("refuses a contract that ends before it starts, and allows one that ends the day it starts", () => {
    expect(fieldMessages({ ...valid, endDate: "2025-12-31" })).toEqual({ endDate: ["The contract cannot end before it starts"] });
    expect(contractInputSchema.safeParse({ ...valid, endDate: "2026-01-01" }).success).toBe(true);
  });

  it("refuses a negative or malformed unit price", () => {
    expect(fieldMessages({ ...valid, unitPrice: "-1.00" }).unitPrice).toEqual(["The unit price cannot be negative"]);
    expect(fieldMessages({ ...valid, unitPrice: "1.234" }).unitPrice).toEqual(["Enter the unit price as an amount such as 12.50"]);
    expect(fieldMessages({ ...valid, unitPrice: "1e3" }).unitPrice).toEqual(["Enter the unit price as an amount such as 12.50"]);
    expect(fieldMessages({ ...valid, unitPrice: "" }).unitPrice).toEqual(["Enter the unit price"]);
    expect(fieldMessages({ ...valid, unitPrice: "1000000000.01" }).unitPrice).toEqual(["The unit price must be at most 1,000,000,000.00"]);
  });

  it("accepts a unit price beyond 32 bits of minor units, exactly", () => {
    // 50,000,000.00 is 5,000,000,000 minor units: more than a 32-bit column holds (2,147,483,647).
    expect(contractInputSchema.parse({ ...valid, unitPrice: "50000000.00" }).unitPriceMinor).toBe(5_000_000_000n);
    expect(contractInputSchema.parse({ ...valid, unitPrice: "1000000000.00" }).unitPriceMinor).toBe(100_000_000_000n);
  });

  it("refuses an unknown type and a post without a type (step 1 skipped)", () => {
    const message = ["Choose a contract type: Per Scanner, Per Transaction or Per Study"];
    expect(fieldMessages({ ...valid, type: "per_byte" })).toEqual({ type: message });
    const { type: _type, ...withoutType } = valid;
    expect(fieldMessages(withoutType)).toEqual({ type: message });
  });

  it("refuses negative or fractional included units, an unknown currency or billing period, and a missing start", () => {
    expect(fieldMessages({ ...valid, includedUnits: "-5" }).includedUnits).toEqual(["Included units cannot be negative"]);
    expect(fieldMessages({ ...valid, includedUnits: "2.5" }).includedUnits).toEqual(["Enter included units as a whole number"]);
    expect(fieldMessages({ ...valid, currency: "XYZ" }).currency?.[0]).toMatch(/^Choose a currency/);
    expect(fieldMessages({ ...valid, billingPeriod: "weekly" }).billingPeriod).toEqual(["Choose a billing period: monthly, quarterly or yearly"]);
    expect(fieldMessages({ ...valid, startDate: "" }).startDate).toEqual(["Enter the start date (YYYY-MM-DD)"]);
    expect(fieldMessages({ ...valid, startDate: "2026-02-30" }).startDate).toEqual(["Enter the start date (YYYY-MM-DD)"]);
  });
});

describe("contractUpdateSchema", () => {
  it("edits every term but the type, which it ignores", () => {
    const parsed = contractUpdateSchema.parse({ ...valid, type: "per_scanner" });
    expect(parsed).not.toHaveProperty("type");
    expect(parsed.unitPriceMinor).toBe(120n);
  });

  it("refuses an end before the start here too", () => {
    expect(fieldMessages({ ...valid, endDate: "2025-01-01" }, contractUpdateSchema)).toEqual({ endDate: ["The contract cannot end before it starts"] });
  });
});

describe("prices as text", () => {
  it("reads decimals exactly, with a dot or a comma", () => {
    expect(parsePriceToMinor("12.5")).toBe(1250n);
    expect(parsePriceToMinor("0.29")).toBe(29n); // 0.29 * 100 is 28.999999999999996 as a float
    expect(parsePriceToMinor("1,05")).toBe(105n);
    expect(parsePriceToMinor("7")).toBe(700n);
    // Beyond 2^31 minor units (21,474,836.47) and beyond 2^53 / 100 as a float would misread it.
    expect(parsePriceToMinor("999999999999.99")).toBe(99_999_999_999_999n);
    expect(parsePriceToMinor("1000000000000.00")).toBeNull();
    expect(parsePriceToMinor(".5")).toBeNull();
  });

  it("writes minor units back as the form's text", () => {
    expect(minorToPriceText(120)).toBe("1.20");
    expect(minorToPriceText(5)).toBe("0.05");
    expect(minorToPriceText(100_000_000)).toBe("1000000.00");
    expect(minorToPriceText(99_999_999_999_999n)).toBe("999999999999.99");
  });
});
