// Unit: each RISC finding from the data it reads, the weights summed and capped, and the levels'
// edges. Dates are relative to NOW (2026-12-02), so the last complete month is 2026-11.
import { describe, expect, it } from "vitest";
import { RISK_WEIGHTS } from "@/lib/risk/findings";
import { formatTenths, riskLevelOf, scoreRisk } from "@/lib/risk/score";
import type { RiskInput } from "@/lib/risk/types";

const NOW = new Date("2026-12-02T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** A paying customer with an active subscription and nothing wrong. */
function customer(overrides: Partial<RiskInput> = {}): RiskInput {
  return {
    status: "paying",
    archivedAt: null,
    warningRules: [],
    contracts: [],
    scanners: [],
    usage: [],
    orders: [],
    paymentTermsDays: null,
    subscriptions: [{ startDate: day("2026-01-01"), endDate: null }],
    ...overrides,
  };
}
const usage = (...studies: number[]) => {
  const months = ["2026-08", "2026-09", "2026-10", "2026-11"].slice(4 - studies.length);
  return months.map((month, i) => ({ month, studies: studies[i] }));
};
const contract = (endDate: Date | null, autoRenew: boolean, startDate = day("2025-01-01")) => ({
  type: "per_study", startDate, endDate, autoRenew, endedAt: null, sendInvoicesAutomatically: true,
});

describe("scoreRisk", () => {
  it("scores a healthy customer 0.0, LOW, with no findings", () => {
    expect(scoreRisk(customer({ usage: usage(100, 105, 98, 101) }), NOW)).toEqual({ scoreTenths: 0, level: "low", findings: [] });
  });

  describe("usage falling month over month", () => {
    it("grades the fall over the months it kept falling, up to the last complete month", () => {
      expect(scoreRisk(customer({ usage: usage(200, 160, 130, 110) }), NOW).findings).toEqual([
        { code: "usage_falling", weightTenths: 20, text: "+2.0 usage fell 45% over 3 months" },
      ]);
      expect(scoreRisk(customer({ usage: usage(100, 90, 80) }), NOW).findings[0].text).toBe("+1.0 usage fell 20% over 2 months");
      expect(scoreRisk(customer({ usage: usage(100, 60, 30, 10) }), NOW).findings[0].weightTenths).toBe(RISK_WEIGHTS.usageFalling[0].tenths);
    });

    it("ignores one bad month, a fall under 20%, a rise at the end and the current month", () => {
      expect(scoreRisk(customer({ usage: usage(100, 100, 100, 40) }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ usage: usage(100, 95, 90, 85) }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ usage: usage(200, 150, 100, 120) }), NOW).findings).toEqual([]);
      // December (the current month) is still filling up: its low count is not a fall.
      expect(scoreRisk(customer({ usage: [...usage(100, 100, 100, 100), { month: "2026-12", studies: 5 }] }), NOW).findings).toEqual([]);
    });

    it("counts a month without a row as no studies once usage was recorded", () => {
      const rows = [{ month: "2026-09", studies: 100 }, { month: "2026-10", studies: 50 }];
      expect(scoreRisk(customer({ usage: rows }), NOW).findings[0].text).toBe("+3.0 usage fell 100% over 2 months");
      expect(scoreRisk(customer({ usage: [] }), NOW).findings).toEqual([]);
    });
  });

  it("counts open warnings, critical ones double, capped, without the silent-scanner warning", () => {
    expect(scoreRisk(customer({ warningRules: ["paying_without_billing_email"] }), NOW).findings).toEqual([
      { code: "open_warnings", weightTenths: 10, text: "+1.0 1 open warning: paying without billing email" },
    ]);
    expect(scoreRisk(customer({ warningRules: ["paying_without_contract", "paying_without_billing_email"] }), NOW).scoreTenths).toBe(30);
    const many = ["paying_without_contract", "contract_expired_while_paying", "registry_bankrupt"];
    expect(scoreRisk(customer({ warningRules: many }), NOW).findings[0].weightTenths).toBe(RISK_WEIGHTS.openWarningsCap);
    expect(scoreRisk(customer({ warningRules: ["scanner_not_seen_30_days"] }), NOW).findings).toEqual([]);
  });

  describe("a contract ending within 60 days without auto-renew", () => {
    it("fires for an active contract that ends within 60 days and does not renew", () => {
      expect(scoreRisk(customer({ contracts: [contract(day("2027-01-01"), false)] }), NOW).findings).toEqual([
        { code: "contract_ending", weightTenths: 25, text: "+2.5 contract ends in 30 days without auto-renew" },
      ]);
      expect(scoreRisk(customer({ contracts: [contract(day("2027-01-31"), false)] }), NOW).findings).toHaveLength(1);
    });

    it("does not fire past 60 days, with auto-renew, once ended, or when another contract carries on", () => {
      expect(scoreRisk(customer({ contracts: [contract(day("2027-02-01"), false)] }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ contracts: [contract(day("2027-01-01"), true)] }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ contracts: [contract(day("2026-11-30"), false)] }), NOW).findings).toEqual([]);
      const renewal = contract(day("2028-01-01"), false, day("2027-01-02"));
      expect(scoreRisk(customer({ contracts: [contract(day("2027-01-01"), false), renewal] }), NOW).findings).toEqual([]);
    });
  });

  describe("scanners gone silent", () => {
    const scanner = (silentDays: number, archivedAt: Date | null = null) => ({ lastSeenAt: daysAgo(silentDays), archivedAt });

    it("weighs some silent scanners less than all of them, past the warnings rule's 30 days", () => {
      expect(scoreRisk(customer({ scanners: [scanner(31), scanner(1)] }), NOW).findings).toEqual([
        { code: "scanners_silent", weightTenths: 15, text: "+1.5 1 of 2 scanners not seen for 30 days" },
      ]);
      expect(scoreRisk(customer({ scanners: [scanner(31), scanner(90)] }), NOW).findings[0].text).toBe("+3.0 all 2 scanners not seen for 30 days");
      expect(scoreRisk(customer({ scanners: [scanner(30)] }), NOW).findings).toEqual([]);
    });

    it("ignores archived scanners and suspended customers, as the warning does", () => {
      expect(scoreRisk(customer({ scanners: [scanner(60, daysAgo(50)), scanner(1)] }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ status: "suspended", scanners: [scanner(60)] }), NOW).findings).toEqual([]);
    });
  });

  describe("overdue orders", () => {
    const order = (orderedAt: Date, status = "open") => ({ status, orderedAt });

    it("follows the customer's payment terms, 30 days when it has none", () => {
      const ordered = day("2026-10-20"); // due 2026-11-19 at 30 days
      expect(scoreRisk(customer({ orders: [order(ordered)] }), NOW).findings).toEqual([
        { code: "orders_overdue", weightTenths: 15, text: "+1.5 1 order overdue by 13 days" },
      ]);
      expect(scoreRisk(customer({ orders: [order(ordered)], paymentTermsDays: 60 }), NOW).findings).toEqual([]);
      expect(scoreRisk(customer({ orders: [order(ordered, "paid")] }), NOW).findings).toEqual([]);
    });

    it("weighs two or more overdue orders more, naming the oldest", () => {
      const result = scoreRisk(customer({ orders: [order(day("2026-10-20")), order(day("2026-09-01"))] }), NOW);
      expect(result.findings).toEqual([{ code: "orders_overdue", weightTenths: 25, text: "+2.5 2 orders overdue, the oldest by 62 days" }]);
    });
  });

  it("finds a paying customer with no active subscription line", () => {
    const ended = { startDate: day("2025-01-01"), endDate: day("2026-12-01") };
    const upcoming = { startDate: day("2026-12-03"), endDate: null };
    expect(scoreRisk(customer({ subscriptions: [ended, upcoming] }), NOW).findings).toEqual([
      { code: "paying_without_subscription", weightTenths: 20, text: "+2.0 paying but no active subscription" },
    ]);
    expect(scoreRisk(customer({ subscriptions: [{ startDate: day("2025-01-01"), endDate: day("2026-12-02") }] }), NOW).findings).toEqual([]);
    expect(scoreRisk(customer({ status: "trial", subscriptions: [] }), NOW).findings).toEqual([]);
  });

  it("sums the findings heaviest first and caps the score at 10.0", () => {
    const everything = customer({
      usage: usage(100, 60, 30, 10),
      warningRules: ["paying_without_contract", "registry_bankrupt"],
      contracts: [contract(day("2027-01-01"), false)],
      scanners: [{ lastSeenAt: daysAgo(40), archivedAt: null }],
      orders: [{ status: "open", orderedAt: day("2026-09-01") }, { status: "open", orderedAt: day("2026-09-02") }],
      subscriptions: [],
    });
    const result = scoreRisk(everything, NOW);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      "open_warnings", "usage_falling", "scanners_silent", "contract_ending", "orders_overdue", "paying_without_subscription",
    ]);
    expect(result.findings.reduce((sum, finding) => sum + finding.weightTenths, 0)).toBeGreaterThan(100);
    expect(result).toMatchObject({ scoreTenths: 100, level: "critical" });
  });

  it("scores archived and churned customers 0: nobody works on them, they have already left", () => {
    const risky = { warningRules: ["paying_without_contract"], subscriptions: [] };
    expect(scoreRisk(customer({ ...risky, archivedAt: day("2026-11-01") }), NOW).scoreTenths).toBe(0);
    expect(scoreRisk(customer({ ...risky, status: "churned" }), NOW).scoreTenths).toBe(0);
  });
});

describe("risk levels", () => {
  it("puts each edge in the higher level: LOW < 3.0 <= MEDIUM < 6.0 <= HIGH < 9.0 <= CRITICAL", () => {
    expect([0, 29, 30, 59, 60, 89, 90, 100].map(riskLevelOf)).toEqual(["low", "low", "medium", "medium", "high", "high", "critical", "critical"]);
  });

  it("reaches the edges exactly through summed weights (tenths, no floating point)", () => {
    // 1.5 + 1.5 = 3.0: one overdue order and some silent scanners.
    const three = customer({ orders: [{ status: "open", orderedAt: day("2026-10-01") }], scanners: [{ lastSeenAt: daysAgo(40), archivedAt: null }, { lastSeenAt: NOW, archivedAt: null }] });
    expect(scoreRisk(three, NOW)).toMatchObject({ scoreTenths: 30, level: "medium" });
    // 2.0 + 2.5 + 1.5 = 6.0
    const six = customer({ ...three, scanners: [], subscriptions: [], contracts: [contract(day("2027-01-01"), false)] });
    expect(scoreRisk(six, NOW)).toMatchObject({ scoreTenths: 60, level: "high" });
    // 6.0 + 3.0 (all scanners silent) = 9.0
    const nine = { ...six, scanners: [{ lastSeenAt: daysAgo(40), archivedAt: null }] };
    expect(scoreRisk(nine, NOW)).toMatchObject({ scoreTenths: 90, level: "critical" });
  });

  it("prints tenths with one decimal", () => {
    expect([0, 29, 30, 65, 100].map(formatTenths)).toEqual(["0.0", "2.9", "3.0", "6.5", "10.0"]);
  });
});
