// Unit: proration by day at the month's edges, and overlapping contracts billed once.
import { describe, expect, it } from "vitest";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { previewContractMonth, type PreviewableContract } from "@/lib/invoices/contract-months";
import { billingMonth, describeInvoiceLine } from "@/lib/invoices/preview";
import { activeDaysInMonth, daysInMonth, prorateMinor } from "@/lib/invoices/proration";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const november = billingMonth(day("2026-11-15")); // 30 days
const leapFebruary = billingMonth(day("2028-02-10")); // 29 days
const span = (startDate: string, endDate: string | null = null, extra: { autoRenew?: boolean; endedAt?: Date | null } = {}) => ({
  startDate: day(startDate),
  endDate: endDate ? day(endDate) : null,
  autoRenew: false,
  endedAt: null,
  ...extra,
});

describe("activeDaysInMonth", () => {
  it("counts the whole month for a contract starting on the 1st and running on", () => {
    expect(activeDaysInMonth(span("2026-11-01"), november)).toBe(30);
  });

  it("counts the start day and the end day, so ending on the last day is the whole month", () => {
    expect(activeDaysInMonth(span("2026-11-01", "2026-11-30"), november)).toBe(30);
    expect(activeDaysInMonth(span("2026-11-16", "2026-11-30"), november)).toBe(15);
    expect(activeDaysInMonth(span("2026-10-01", "2026-11-01"), november)).toBe(1);
  });

  it("counts 29 days in a leap February and 28 otherwise", () => {
    expect(daysInMonth(leapFebruary)).toBe(29);
    expect(activeDaysInMonth(span("2028-01-01"), leapFebruary)).toBe(29);
    expect(activeDaysInMonth(span("2028-02-29"), leapFebruary)).toBe(1);
    expect(daysInMonth(billingMonth(day("2027-02-10")))).toBe(28);
  });

  it("is 0 for a contract starting after the month or ending before it", () => {
    expect(activeDaysInMonth(span("2026-12-01"), november)).toBe(0);
    expect(activeDaysInMonth(span("2026-01-01", "2026-10-31"), november)).toBe(0);
  });

  it("ignores the end date of an auto-renewing contract, and stops the day staff ended it", () => {
    expect(activeDaysInMonth(span("2026-01-01", "2026-11-10", { autoRenew: true }), november)).toBe(30);
    expect(activeDaysInMonth(span("2026-01-01", null, { endedAt: new Date("2026-11-11T14:00:00Z") }), november)).toBe(10);
  });
});

describe("prorateMinor", () => {
  it("rounds half up to the minor unit", () => {
    expect(prorateMinor(100n, 1, 8)).toBe(13n); // 12.5 -> 13
    expect(prorateMinor(100n, 1, 3)).toBe(33n); // 33.33 -> 33
    expect(prorateMinor(23_400n, 15, 30)).toBe(11_700n);
  });

  it("keeps the whole amount for a whole month and nothing for no days", () => {
    expect(prorateMinor(23_401n, 30, 30)).toBe(23_401n);
    expect(prorateMinor(23_401n, 0, 30)).toBe(0n);
  });
});

describe("previewContractMonth", () => {
  const usage = [{ month: "2026-11", studies: 295, transactions: 0 }];
  const perStudy = (id: number, startDate: string, endDate: string | null = null): PreviewableContract => ({
    id, type: "per_study", unitPriceMinor: 120n, includedUnits: 100, currency: "USD", ...span(startDate, endDate),
  });

  it("bills the days active, stated in the arithmetic", () => {
    const preview = previewContractMonth([perStudy(1, "2026-11-16")], november, usage, []).get(1)!;
    expect(preview.line?.amountMinor).toBe(11_700n);
    expect(describeInvoiceLine(preview.line!, formatMoneyMinor)).toBe(
      "295 studies − 100 included = 195 × $1.20 = $234.00 × 15/30 days = $117.00",
    );
  });

  it("bills a whole month without a proration step", () => {
    const preview = previewContractMonth([perStudy(1, "2026-11-01")], november, usage, []).get(1)!;
    expect(preview.line?.proration).toBeNull();
    expect(describeInvoiceLine(preview.line!, formatMoneyMinor)).toBe("295 studies − 100 included = 195 × $1.20 = $234.00");
  });

  it("gives an empty line, not an error, for a contract starting after the month", () => {
    const preview = previewContractMonth([perStudy(1, "2026-12-01")], november, usage, []).get(1)!;
    expect(preview).toMatchObject({ activeDays: 0, line: null, overlap: null });
  });

  it("bills the shared days of two same-type contracts once, on the earlier one", () => {
    const previews = previewContractMonth([perStudy(2, "2026-11-21"), perStudy(1, "2026-01-01")], november, usage, []);
    expect(previews.get(1)).toMatchObject({ line: { amountMinor: 23_400n }, overlap: null });
    expect(previews.get(2)).toMatchObject({ activeDays: 10, line: null, overlap: { contractIds: [1], days: 10 } });
  });

  it("bills a later contract's days the earlier one does not cover", () => {
    const previews = previewContractMonth([perStudy(1, "2026-01-01", "2026-11-10"), perStudy(2, "2026-11-06")], november, usage, []);
    expect(previews.get(1)?.line?.proration).toEqual({ billedDays: 10, daysInMonth: 30, fullAmountMinor: 23_400n });
    expect(previews.get(2)).toMatchObject({ overlap: { contractIds: [1], days: 5 }, line: { proration: { billedDays: 20 } } });
  });

  it("does not treat contracts of different types as overlapping", () => {
    const perScanner: PreviewableContract = { ...perStudy(2, "2026-01-01"), type: "per_scanner" };
    const previews = previewContractMonth([perStudy(1, "2026-01-01"), perScanner], november, usage, []);
    expect(previews.get(2)?.overlap).toBeNull();
  });
});
