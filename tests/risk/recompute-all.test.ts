// Integration: the daily recompute's batches give every customer exactly the stored score its own
// recompute (run by each write) gives, write nothing on a second run, and keep "Updated".
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { RISK_FINDING_CODES } from "@/lib/risk/types";
import { recomputeCustomerRisk } from "@/lib/risk/recompute";
import { readStoredRisk } from "@/lib/risk/stored";
import { recomputeAllWarnings, recomputeWarningsOf } from "@/lib/warnings/recompute-all";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";

const NOW = new Date("2026-12-02T10:00:00Z");
const DAY = 86_400_000;
const UPDATED = new Date("2025-05-05T05:05:05Z");
let ids: number[] = [];

async function customer(name: string, status: string, extra: { archivedAt?: Date; billingEmail?: string | null } = {}) {
  return (
    await getDb().customer.create({
      data: { name, nameSort: name.toLowerCase(), searchText: "", status, billingEmail: "billing@clinic.example", updatedAt: UPDATED, ...extra },
    })
  ).id;
}

beforeAll(async () => {
  const db = getDb();
  const usage = (customerId: number, studies: number[]) =>
    db.monthlyUsage.createMany({ data: ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"].map((month, i) => ({ customerId, month, studies: studies[i] })) });
  const subscription = (customerId: number, endDate: Date | null = null) =>
    db.subscription.create({ data: { customerId, product: "Cloud PACS", unitPriceMinor: 5_000n, startDate: new Date("2025-01-01T00:00:00Z"), endDate } });
  const contract = (customerId: number, endDate: Date | null, autoRenew: boolean) =>
    db.contract.create({ data: { customerId, type: "per_study", startDate: new Date("2025-01-01T00:00:00Z"), endDate, autoRenew, unitPriceMinor: 100 } });
  const order = (customerId: number, number: string, orderedAt: Date, status = "open") =>
    db.order.create({ data: { customerId, number, orderedAt, totalMinor: 120_000n, status } });

  const healthy = await customer("Healthy", "paying");
  await contract(healthy, null, true);
  await subscription(healthy);
  await usage(healthy, [100, 110, 105, 108, 3]);

  const falling = await customer("Falling", "paying");
  await contract(falling, new Date(NOW.getTime() + 20 * DAY), false);
  await subscription(falling, new Date("2026-11-30T00:00:00Z"));
  await usage(falling, [300, 220, 150, 90, 10]);

  const silent = await customer("Silent", "trial", { billingEmail: null });
  await db.scanner.createMany({
    data: [40, 2, 90].map((days, i) => ({ customerId: silent, uplink: "ultrasound", firstSeenAt: new Date("2025-01-01T00:00:00Z"), lastSeenAt: new Date(NOW.getTime() - days * DAY), archivedAt: i === 2 ? new Date("2026-10-01T00:00:00Z") : null })),
  });

  const overdue = await customer("Overdue", "paying");
  await contract(overdue, null, true);
  await subscription(overdue);
  await db.customerSettings.create({ data: { customerId: overdue, paymentTermsDays: 14 } });
  await order(overdue, "R-1", new Date("2026-11-01T00:00:00Z"));
  await order(overdue, "R-2", new Date("2026-11-10T00:00:00Z"));
  await order(overdue, "R-3", new Date("2026-08-10T00:00:00Z"), "paid");

  const lenient = await customer("Lenient terms", "paying");
  await contract(lenient, null, true);
  await subscription(lenient);
  await db.customerSettings.create({ data: { customerId: lenient, paymentTermsDays: 90 } });
  await order(lenient, "R-4", new Date("2026-10-01T00:00:00Z"));

  const bare = await customer("Paying bare", "paying", { billingEmail: null });
  const archived = await customer("Archived", "paying", { archivedAt: new Date("2026-10-01T00:00:00Z") });
  const churned = await customer("Churned", "churned");
  await order(churned, "R-5", new Date("2026-01-01T00:00:00Z"));
  ids = [healthy, falling, silent, overdue, lenient, bare, archived, churned];
});

const snapshot = async () =>
  getDb().customer.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { id: true, riskScore: true, riskLevel: true, riskFindings: true, updatedAt: true } });
const resetStoredRisk = () => getDb().$executeRaw`UPDATE "Customer" SET "riskScore" = 0, "riskLevel" = 'low', "riskFindings" = '[]'`;

describe("the daily recompute of risk", () => {
  it("stores for every customer exactly what its own recompute stores", async () => {
    await resetStoredRisk();
    const result = await recomputeAllWarnings(getDb(), { now: NOW, batchSize: 3 });
    const fromBatches = await snapshot();

    await resetStoredRisk();
    for (const id of ids) await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, id, NOW));
    const oneByOne = await snapshot();

    expect(fromBatches).toEqual(oneByOne);
    // recomputeCustomerRisk alone (reading the warnings as stored) agrees too.
    await resetStoredRisk();
    for (const id of ids) await getDb().$transaction((tx) => recomputeCustomerRisk(tx, id, NOW));
    expect(await snapshot()).toEqual(fromBatches);
    expect(result.riskChanged).toBe(fromBatches.filter((row) => row.riskScore > 0).length);
    // The set covers every finding, and the healthy, archived and churned customers score 0.
    const found = new Set(fromBatches.flatMap((row) => readStoredRisk(row).findings.map((finding) => finding.code)));
    expect([...found].sort()).toEqual([...RISK_FINDING_CODES].sort());
    expect(fromBatches.filter((row) => row.riskScore === 0).map((row) => row.id)).toEqual([ids[0], ids[4], ids[6], ids[7]]);
    for (const row of fromBatches) expect(row.updatedAt).toEqual(UPDATED);
  });

  it("writes nothing on a second run, and recomputeWarningsOf (the import's updates) agrees", async () => {
    expect(await recomputeAllWarnings(getDb(), { now: NOW })).toMatchObject({ riskChanged: 0 });
    const before = await snapshot();
    await resetStoredRisk();
    const result = await getDb().$transaction((tx) => recomputeWarningsOf(tx, ids, NOW));
    expect(result.riskChanged).toBe(before.filter((row) => row.riskScore > 0).length);
    expect(await snapshot()).toEqual(before);
  });

  it("names each finding with its weight", async () => {
    const falling = readStoredRisk((await snapshot())[1]);
    expect(falling).toMatchObject({ scoreTenths: 75, level: "high" });
    expect(falling.findings.map((finding) => finding.text)).toEqual([
      "+3.0 usage fell 70% over 3 months",
      "+2.5 contract ends in 20 days without auto-renew",
      "+2.0 paying but no active subscription",
    ]);
    const overdue = readStoredRisk((await snapshot())[3]);
    expect(overdue.findings.map((finding) => finding.text)).toEqual(["+2.5 2 orders overdue, the oldest by 17 days"]);
  });
});
