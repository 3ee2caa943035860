// Demo risk (issue 12): a few rows of this file's own so that every RISC finding fires for some
// demo customers, then the stored risk of every customer, computed by the daily recompute's
// batches. prisma/seed.ts calls it last, after every other seed function, so the score sees all
// their rows (subscriptions, orders and settings of the records seed included).
//
//   Zack Morris (163), paying without a contract: two open orders long past their terms and
//     studies falling four months in a row, besides his open warning and no subscription.
//   The first generated paying customer with a single active contract: that contract ends in 30
//     days without auto-renew, and one of its scanners has been silent for 45 days.
// The generated customers bring the rest (silent scanners, falling usage, open warnings).
import type { PrismaClient } from "../../generated/prisma/client";
import { addMonths, currentMonth } from "../../lib/usage/month-range";
import { isContractActive } from "../../lib/warnings/contract-activity";
import { recomputeAllWarnings } from "../../lib/warnings/recompute-all";

const DAY = 86_400_000;
const ZACK = 163;
const FIRST_GENERATED = 164;

function utcMidnight(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

async function seedZackRisk(db: PrismaClient, now: Date) {
  await db.order.createMany({
    data: [75, 50].map((daysAgo, i) => ({
      customerId: ZACK, number: `RISK-DEMO-${i + 1}`, orderedAt: utcMidnight(now.getTime() - daysAgo * DAY), totalMinor: 480_000n, currency: "USD", status: "open",
    })),
  });
  const last = addMonths(currentMonth(now), -1);
  const studies = [220, 160, 110, 70];
  for (const [i, count] of studies.entries()) {
    const month = addMonths(last, i - (studies.length - 1));
    const values = { studies: count, instances: count * 9, cines: Math.floor(count / 3), transactions: count * 3, storageBytes: BigInt(count) * 25n * 1_048_576n };
    await db.monthlyUsage.upsert({ where: { customerId_month: { customerId: ZACK, month } }, create: { customerId: ZACK, month, ...values }, update: values });
  }
}

async function seedEndingContract(db: PrismaClient, now: Date) {
  const candidates = await db.customer.findMany({
    where: { id: { gte: FIRST_GENERATED }, status: "paying", archivedAt: null },
    select: { id: true, contracts: true, scanners: { where: { archivedAt: null }, select: { id: true }, orderBy: { id: "asc" } } },
    orderBy: { id: "asc" },
    take: 200,
  });
  const customer = candidates.find((c) => c.contracts.length === 1 && isContractActive(c.contracts[0], now));
  if (!customer) return;
  await db.contract.update({ where: { id: customer.contracts[0].id }, data: { endDate: utcMidnight(now.getTime() + 30 * DAY), autoRenew: false } });
  const lastSeenAt = new Date(now.getTime() - 45 * DAY);
  if (customer.scanners.length > 0) await db.scanner.update({ where: { id: customer.scanners[0].id }, data: { lastSeenAt } });
  else await db.scanner.create({ data: { customerId: customer.id, uplink: "ultrasound", firstSeenAt: new Date(now.getTime() - 400 * DAY), lastSeenAt } });
}

/** Writes the demo rows, then every customer's warnings and risk as the daily recompute does. */
export async function seedRisk(db: PrismaClient, now: Date) {
  await seedZackRisk(db, now);
  await seedEndingContract(db, now);
  const result = await recomputeAllWarnings(db, { now, batchSize: 2000 });
  const levels = await db.customer.groupBy({ by: ["riskLevel"], _count: { _all: true }, orderBy: { riskLevel: "asc" } });
  console.log(
    `Computed the risk of ${result.customers} customers in ${result.seconds.toFixed(1)} s: ` +
      levels.map((row) => `${row._count._all} ${row.riskLevel}`).join(", ") + ".",
  );
}
