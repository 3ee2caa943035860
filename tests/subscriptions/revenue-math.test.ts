import { describe, expect, it } from "vitest";
import { customerRevenue, lineMrrMinor, subscriptionStatus, type SubscriptionLine } from "@/lib/subscriptions/revenue-math";

const now = new Date("2026-12-02T15:00:00Z");
const line = (over: Partial<SubscriptionLine>): SubscriptionLine => ({
  quantity: 1, unitPriceMinor: 1000n, billingPeriod: "monthly", currency: "USD",
  startDate: new Date("2026-01-01T00:00:00Z"), endDate: null, ...over,
});

describe("a subscription line's MRR", () => {
  it("is quantity x price for a monthly line", () => {
    expect(lineMrrMinor(line({ quantity: 3, unitPriceMinor: 2500n }))).toBe(7500n);
  });
  it("divides quarterly by 3 and yearly by 12, rounding half up to a minor unit", () => {
    expect(lineMrrMinor(line({ billingPeriod: "quarterly", unitPriceMinor: 1000n }))).toBe(333n); // 333.33
    expect(lineMrrMinor(line({ billingPeriod: "quarterly", unitPriceMinor: 1001n }))).toBe(334n); // 333.67
    expect(lineMrrMinor(line({ billingPeriod: "yearly", unitPriceMinor: 6n }))).toBe(1n); // 0.5 rounds up
    expect(lineMrrMinor(line({ billingPeriod: "yearly", unitPriceMinor: 5n }))).toBe(0n); // 0.4166 rounds down
    expect(lineMrrMinor(line({ billingPeriod: "yearly", quantity: 2, unitPriceMinor: 120_000n }))).toBe(20_000n);
  });
  it("stays exact beyond 32 bits", () => {
    expect(lineMrrMinor(line({ quantity: 1000, unitPriceMinor: 9_000_000_000n }))).toBe(9_000_000_000_000n);
  });
  it("refuses a period it does not know", () => {
    expect(() => lineMrrMinor(line({ billingPeriod: "weekly" }))).toThrow(/billing period/);
  });
});

describe("a subscription's status", () => {
  it("is upcoming before its start day, active through its end day, ended after", () => {
    expect(subscriptionStatus(line({ startDate: new Date("2026-12-03T00:00:00Z") }), now)).toBe("upcoming");
    expect(subscriptionStatus(line({ startDate: new Date("2026-12-02T00:00:00Z") }), now)).toBe("active");
    expect(subscriptionStatus(line({ endDate: new Date("2026-12-02T00:00:00Z") }), now)).toBe("active");
    expect(subscriptionStatus(line({ endDate: new Date("2026-12-01T00:00:00Z") }), now)).toBe("ended");
  });
});

describe("a customer's MRR and ARR", () => {
  it("sums active lines in the customer's currency; ARR is 12 x MRR", () => {
    const revenue = customerRevenue(
      [
        line({ unitPriceMinor: 1000n }),
        line({ billingPeriod: "quarterly", unitPriceMinor: 1000n }),
        line({ currency: "EUR", unitPriceMinor: 99_999n }),
        line({ endDate: new Date("2026-11-30T00:00:00Z"), unitPriceMinor: 50_000n }),
        line({ startDate: new Date("2027-01-01T00:00:00Z"), unitPriceMinor: 50_000n }),
      ],
      "USD",
      now,
    );
    expect(revenue).toEqual({ currency: "USD", mrrMinor: 1333n, arrMinor: 15_996n, activeCount: 2, otherCurrencyCount: 1 });
  });
});
