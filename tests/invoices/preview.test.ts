// Unit: the invoice preview's arithmetic, month boundaries and exact money.
import { describe, expect, it } from "vitest";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { billingMonth, describeInvoiceLine, invoiceLine, previewMonth, scannersSeenInMonth, type ScannerSighting } from "@/lib/invoices/preview";

const perStudy = { type: "per_study", unitPriceMinor: 120n, includedUnits: 100, currency: "USD" };
const may2017 = billingMonth(new Date("2017-05-17T12:00:00Z"));

describe("billingMonth", () => {
  it("is the UTC calendar month, with the next month's start as its exclusive end", () => {
    expect(may2017.key).toBe("2017-05");
    expect(may2017.start.toISOString()).toBe("2017-05-01T00:00:00.000Z");
    expect(may2017.end.toISOString()).toBe("2017-06-01T00:00:00.000Z");
  });

  it("steps back across a year boundary", () => {
    const previous = billingMonth(new Date("2026-01-03T00:00:00Z"), -1);
    expect(previous.key).toBe("2025-12");
    expect(previous.end.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("invoiceLine", () => {
  it("bills the units above the included ones at the unit price", () => {
    const line = invoiceLine(perStudy, may2017, 295);
    expect(line).toMatchObject({ units: 295, includedUnits: 100, billableUnits: 195, amountMinor: 23_400n });
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("295 studies − 100 included = 195 × $1.20 = $234.00");
  });

  it("bills nothing, never a negative amount, when usage stays within the included units", () => {
    const line = invoiceLine(perStudy, may2017, 80);
    expect(line.billableUnits).toBe(0);
    expect(line.amountMinor).toBe(0n);
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("80 studies − 100 included = 0 × $1.20 = $0.00");
  });

  it("bills nothing for a month without usage", () => {
    const line = previewMonth(perStudy, may2017, [], []);
    expect(line).toMatchObject({ units: 0, billableUnits: 0, amountMinor: 0n });
  });

  it("is exact in minor units where floats are not (0.1 + 0.2 style prices)", () => {
    // 3 x 0.10 in floats is 0.30000000000000004; in minor units it is 30.
    const line = invoiceLine({ type: "per_transaction", unitPriceMinor: 10n, includedUnits: 0, currency: "EUR" }, may2017, 3);
    expect(line.amountMinor).toBe(30n);
    expect(formatMoneyMinor(line.amountMinor, "EUR")).toBe("€0.30");
  });

  it("stays exact beyond the float-safe range", () => {
    const line = invoiceLine({ type: "per_transaction", unitPriceMinor: 100_000_000n, includedUnits: 0, currency: "USD" }, may2017, 2_000_000_000);
    expect(line.amountMinor).toBe(200_000_000_000_000_000n);
    expect(formatMoneyMinor(line.amountMinor, "USD")).toBe("$2,000,000,000,000,000.00");
  });

  it("prices a unit above 2^31 minor units exactly (64-bit column)", () => {
    const line = invoiceLine({ type: "per_study", unitPriceMinor: 5_000_000_001n, includedUnits: 0, currency: "USD" }, may2017, 3);
    expect(line.amountMinor).toBe(15_000_000_003n);
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("3 studies − 0 included = 3 × $50,000,000.01 = $150,000,000.03");
  });

  it("uses the contract's currency", () => {
    const line = invoiceLine({ type: "per_study", unitPriceMinor: 1250n, includedUnits: 0, currency: "NOK" }, may2017, 2);
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("2 studies − 0 included = 2 × NOK\u00a012.50 = NOK\u00a025.00");
  });
});

describe("previewMonth", () => {
  const usage = [
    { month: "2017-04", studies: 281, transactions: 9_000 },
    { month: "2017-05", studies: 308, transactions: 12_345 },
  ];

  it("prices a per-study contract on the month's studies", () => {
    expect(previewMonth(perStudy, may2017, usage, []).units).toBe(308);
  });

  it("prices a per-transaction contract on the month's transactions", () => {
    const line = previewMonth({ type: "per_transaction", unitPriceMinor: 2n, includedUnits: 10_000, currency: "USD" }, may2017, usage, []);
    expect(line).toMatchObject({ units: 12_345, billableUnits: 2_345, amountMinor: 4_690n });
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("12,345 transactions − 10,000 included = 2,345 × $0.02 = $46.90");
  });

  it("prices a per-scanner contract on the scanners seen that month", () => {
    const scanners: ScannerSighting[] = [
      { firstSeenAt: new Date("2017-03-23T11:07:34Z"), lastSeenAt: new Date("2017-05-06T02:43:28Z"), archivedAt: null },
      { firstSeenAt: new Date("2017-05-20T00:00:00Z"), lastSeenAt: new Date("2017-06-02T00:00:00Z"), archivedAt: null },
      { firstSeenAt: new Date("2017-01-01T00:00:00Z"), lastSeenAt: new Date("2017-04-30T23:59:59Z"), archivedAt: null },
    ];
    const line = previewMonth({ type: "per_scanner", unitPriceMinor: 5_000n, includedUnits: 1, currency: "USD" }, may2017, usage, scanners);
    expect(line).toMatchObject({ units: 2, billableUnits: 1, amountMinor: 5_000n });
    expect(describeInvoiceLine(line, formatMoneyMinor)).toBe("2 scanners seen − 1 included = 1 × $50.00 = $50.00");
  });
});

describe("scannersSeenInMonth", () => {
  const seen = (firstSeenAt: string, lastSeenAt: string, archivedAt: string | null = null): ScannerSighting => ({
    firstSeenAt: new Date(firstSeenAt),
    lastSeenAt: new Date(lastSeenAt),
    archivedAt: archivedAt ? new Date(archivedAt) : null,
  });

  it("counts a scanner last seen in the month's first millisecond", () => {
    expect(scannersSeenInMonth([seen("2017-01-01T00:00:00Z", "2017-05-01T00:00:00.000Z")], may2017)).toBe(1);
  });

  it("does not count one last seen just before the month", () => {
    expect(scannersSeenInMonth([seen("2017-01-01T00:00:00Z", "2017-04-30T23:59:59.999Z")], may2017)).toBe(0);
  });

  it("counts one first seen in the month's last millisecond, not one first seen the next month", () => {
    expect(scannersSeenInMonth([seen("2017-05-31T23:59:59.999Z", "2017-06-03T00:00:00Z")], may2017)).toBe(1);
    expect(scannersSeenInMonth([seen("2017-06-01T00:00:00.000Z", "2017-06-03T00:00:00Z")], may2017)).toBe(0);
  });

  it("counts one archived during the month, not one archived before it began", () => {
    expect(scannersSeenInMonth([seen("2017-01-01T00:00:00Z", "2017-06-01T00:00:00Z", "2017-05-10T00:00:00Z")], may2017)).toBe(1);
    expect(scannersSeenInMonth([seen("2017-01-01T00:00:00Z", "2017-06-01T00:00:00Z", "2017-04-30T00:00:00Z")], may2017)).toBe(0);
  });
});
