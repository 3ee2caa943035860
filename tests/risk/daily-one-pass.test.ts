// Integration: the daily command's one pass (recomputeAllWarnings with `revenue: true`, decision
// 034) stores, for every customer, exactly what each write's own recompute stores: revenue
// (refreshCustomerRevenue), warnings and risk (recomputeCustomerWarnings). The fixture varies the
// usage months the batch reads pivoted and filtered (missing months, a first stored month late
// in the window, equal months, one falling month, a rise then a fall, a fall to nothing), the
// subscription lines it shares with the revenue refresh (ended, future, another currency) and
// the statuses, in batches of 2 so customers fall on both sides of batch edges.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { readStoredRisk } from "@/lib/risk/stored";
import { refreshCustomerRevenue } from "@/lib/subscriptions/refresh-revenue";
import { recomputeAllWarnings } from "@/lib/warnings/recompute-all";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";

const NOW = new Date("2026-12-02T10:00:00Z");
const UPDATED = new Date("2025-05-05T05:05:05Z");
// The finding looks at Aug-Nov 2026 (November is the last complete month); July is outside.
const MONTHS = ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];
let ids: number[] = [];

/** Usage per month of MONTHS; null: no row for that month. */
const USAGE: Record<string, (number | null)[]> = {
  "steady fall": [null, 300, 220, 150, 90, 10],
  "fall to nothing (November missing)": [null, 300, 200, 100, null, null],
  "fall, first stored in September": [null, null, 500, 300, 100, null],
  "first stored in October only": [null, null, null, 400, 100, null],
  "October missing after August": [null, 400, null, null, 0, null],
  "October missing, November stored": [null, 400, 300, null, 100, null],
  "one falling month": [null, 100, 100, 200, 50, null],
  "equal months": [null, 100, 100, 100, 100, null],
  "rising": [null, 50, 60, 70, 80, null],
  "fell before the window": [900, 100, 100, 100, 100, null],
  "only July": [500, null, null, null, null, null],
  "November only": [null, null, null, null, 10, null],
};

beforeAll(async () => {
  const db = getDb();
  const statuses = ["paying", "trial", "paying", "suspended", "paying", "paying", "churned", "paying", "trial", "paying", "paying", "paying"];
  let i = 0;
  for (const [name, usage] of Object.entries(USAGE)) {
    const status = statuses[i];
    const customer = await db.customer.create({
      data: { name, nameSort: name.toLowerCase(), searchText: "", status, billingEmail: i % 3 === 0 ? null : "billing@clinic.example", updatedAt: UPDATED },
    });
    const rows = MONTHS.flatMap((month, m) => (usage[m] === null ? [] : [{ customerId: customer.id, month, studies: usage[m]! }]));
    if (rows.length > 0) await db.monthlyUsage.createMany({ data: rows });
    // Subscription lines: active, ended, future, and one in another currency than the settings'.
    if (i % 4 !== 1) {
      await db.subscription.create({ data: { customerId: customer.id, product: "Cloud PACS", quantity: 1 + (i % 3), unitPriceMinor: 4_999n + BigInt(i), billingPeriod: ["monthly", "quarterly", "yearly"][i % 3], startDate: new Date("2025-01-01T00:00:00Z") } });
    }
    if (i % 4 === 2) {
      await db.subscription.create({ data: { customerId: customer.id, product: "Archive", unitPriceMinor: 1_000n, startDate: new Date("2025-01-01T00:00:00Z"), endDate: new Date("2026-11-30T00:00:00Z") } });
      await db.subscription.create({ data: { customerId: customer.id, product: "AI", unitPriceMinor: 2_000n, startDate: new Date("2027-01-01T00:00:00Z") } });
    }
    if (i % 5 === 0) {
      await db.customerSettings.create({ data: { customerId: customer.id, currency: "EUR", paymentTermsDays: 10 } });
      await db.subscription.create({ data: { customerId: customer.id, product: "Dollars", unitPriceMinor: 3_000n, currency: "USD", startDate: new Date("2025-06-01T00:00:00Z") } });
      await db.order.create({ data: { customerId: customer.id, number: `D-${customer.id}`, orderedAt: new Date("2026-11-01T00:00:00Z"), totalMinor: 5_000n, status: "open" } });
    }
    if (i % 2 === 0) await db.customerUser.create({ data: { customerId: customer.id, name: "Ann", email: `ann${i}@clinic.example`, role: "owner" } });
    ids.push(customer.id);
    i++;
  }
});

const snapshot = () =>
  getDb().customer.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true, hasWarnings: true, riskScore: true, riskLevel: true, riskFindings: true, updatedAt: true,
      mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true, warnings: { select: { rule: true }, orderBy: { rule: "asc" } },
    },
  });
const resetStored = async () => {
  await getDb().customerWarning.deleteMany({ where: { customerId: { in: ids } } });
  await getDb().$executeRaw`UPDATE "Customer" SET "hasWarnings" = FALSE, "riskScore" = 0, "riskLevel" = 'low', "riskFindings" = '[]', "mrrMinor" = 0, "arrMinor" = 0, "subscriptionCount" = 0, "userCount" = 0`;
};

describe("the daily command's one pass (revenue, warnings, risk)", () => {
  it("stores for every customer exactly what its own writes' recomputes store, and nothing on a second run", async () => {
    await resetStored();
    const result = await recomputeAllWarnings(getDb(), { now: NOW, batchSize: 2, revenue: true });
    const onePass = await snapshot();

    await resetStored();
    for (const id of ids) {
      await getDb().$transaction(async (tx) => {
        await refreshCustomerRevenue(tx, id, NOW);
        await recomputeCustomerWarnings(tx, id, NOW);
      });
    }
    const perWrite = await snapshot();
    expect(onePass).toEqual(perWrite);

    // The fixture exercises what the pivoted usage read decides: falls found, others not.
    const usageText = (name: string) => {
      const row = onePass[Object.keys(USAGE).indexOf(name)];
      return readStoredRisk(row).findings.find((finding) => finding.code === "usage_falling")?.text ?? null;
    };
    expect(usageText("steady fall")).toBe("+3.0 usage fell 70% over 3 months");
    expect(usageText("fall to nothing (November missing)")).toBe("+3.0 usage fell 100% over 3 months");
    expect(usageText("fall, first stored in September")).toBe("+3.0 usage fell 80% over 2 months");
    expect(usageText("October missing, November stored")).toBeNull();
    expect(usageText("one falling month")).toBeNull();
    expect(usageText("equal months")).toBeNull();
    expect(usageText("rising")).toBeNull();
    expect(usageText("fell before the window")).toBeNull();
    expect(usageText("only July")).toBeNull();
    // Revenue was refreshed too (every customer with an active line in its own currency has MRR).
    expect(result.revenueChanged).toBe(perWrite.filter((row) => row.mrrMinor !== 0n || row.userCount !== 0 || row.subscriptionCount !== 0).length);
    expect(result.riskChanged).toBe(perWrite.filter((row) => row.riskScore > 0).length);
    for (const row of onePass) expect(row.updatedAt).toEqual(UPDATED);

    expect(await recomputeAllWarnings(getDb(), { now: NOW, revenue: true })).toMatchObject({ added: 0, removed: 0, flagsChanged: 0, riskChanged: 0, revenueChanged: 0 });
    expect(await snapshot()).toEqual(perWrite);
  }, 60_000);
});
