// Refreshes the stored revenue of every customer: subscription lines start and end by date, so a
// customer's MRR changes at midnight without any write. Run by the daily recompute command
// (scripts/recompute-warnings.ts) before the warnings and risk.
//
// Batched like lib/warnings/recompute-all.ts: customers by id range, three flat reads per batch
// (customers with their currency, subscription lines, user counts; the last two as one JSON value
// each, lib/db/json-rows.ts), the same rules as every write
// (storedRevenueOf), and only the customers whose figures differ are written, 50 per UPDATE with
// CASE lists. Portable SQL on SQLite and PostgreSQL; money is bound as text and CAST to BIGINT so
// 64-bit minor units pass through both drivers exactly. Derived values: updatedAt is left alone.
import { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../db/client";
import { jsonDate, jsonDateOrNull, queryJsonRows } from "../db/json-rows";
import { sameStoredRevenue, storedRevenueOf, type StoredRevenue } from "./refresh-revenue";
import type { SubscriptionLine } from "./revenue-math";

export type RefreshAllRevenueResult = { customers: number; changed: number; seconds: number };

export type RevenueCustomerRow = { id: number; currency: string | null; mrrMinor: bigint | number | string; arrMinor: bigint | number | string; subscriptionCount: number; userCount: number };

const UPDATES_PER_STATEMENT = 50;

export async function refreshAllRevenue(db: Db, now = new Date(), batchSize = 5000): Promise<RefreshAllRevenueResult> {
  const started = performance.now();
  const totals = { customers: 0, changed: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await db.$transaction((tx) => refreshBatch(tx, afterId, batchSize, now), { timeout: 60_000, maxWait: 10_000 });
    totals.customers += batch.customers;
    totals.changed += batch.changed;
    if (batch.customers < batchSize) break;
    afterId = batch.lastId;
  }
  return { ...totals, seconds: (performance.now() - started) / 1000 };
}

async function refreshBatch(tx: Tx, afterId: number, batchSize: number, now: Date) {
  const customers = await tx.$queryRaw<RevenueCustomerRow[]>`
    SELECT c."id", s."currency", c."mrrMinor", c."arrMinor", c."subscriptionCount", c."userCount"
    FROM "Customer" c LEFT JOIN "CustomerSettings" s ON s."customerId" = c."id"
    WHERE c."id" > ${afterId} ORDER BY c."id" LIMIT ${batchSize}`;
  if (customers.length === 0) return { customers: 0, changed: 0, lastId: afterId };
  const lastId = customers[customers.length - 1].id;
  const { changed } = await refreshRevenueOfRange(tx, customers, afterId, now);
  return { customers: customers.length, changed, lastId };
}

/** Columns of "Customer" c (and "CustomerSettings" s, LEFT JOINed on the customer) the revenue
 * refresh reads: for callers that read the batch's customers themselves (the daily recompute). */
export const REVENUE_CUSTOMER_COLUMNS = Prisma.raw(
  `s."currency", CAST(c."mrrMinor" AS TEXT) AS "mrrMinor", CAST(c."arrMinor" AS TEXT) AS "arrMinor", c."subscriptionCount", c."userCount"`,
);
/** The result columns of REVENUE_CUSTOMER_COLUMNS, in order. */
export const REVENUE_CUSTOMER_COLUMN_NAMES = ["currency", "mrrMinor", "arrMinor", "subscriptionCount", "userCount"] as const;

/** Refreshes the stored revenue of a batch of customers read in id order: exactly the customers
 * with ids in (afterId, last id]. Reads their subscription lines and user counts, writes those
 * whose figures differ, and hands back the lines (by customer) for the caller's other rules. */
export async function refreshRevenueOfRange(tx: Tx, customers: readonly RevenueCustomerRow[], afterId: number, now: Date) {
  const linesOf = new Map<number, SubscriptionLine[]>();
  if (customers.length === 0) return { changed: 0, linesOf };
  const lastId = customers[customers.length - 1].id;
  // One JSON value per query (lib/db/json-rows.ts): the price as text keeps 64-bit minor units exact.
  const inRange = Prisma.sql`"customerId" > ${afterId} AND "customerId" <= ${lastId}`;
  const lines = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "quantity", CAST("unitPriceMinor" AS TEXT) AS "unitPriceMinor", "billingPeriod", "currency", "startDate", "endDate"
      FROM "Subscription" WHERE ${inRange}`,
    ["customerId", "quantity", "unitPriceMinor", "billingPeriod", "currency", "startDate", "endDate"],
  );
  const counts = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", COUNT(*) AS "count" FROM "CustomerUser" WHERE ${inRange} GROUP BY "customerId"`,
    ["customerId", "count"],
  );

  for (const [customerId, quantity, unitPriceMinor, billingPeriod, currency, startDate, endDate] of lines) {
    const line = {
      quantity: Number(quantity),
      unitPriceMinor: BigInt(unitPriceMinor as string),
      billingPeriod: String(billingPeriod),
      currency: String(currency),
      startDate: jsonDate(startDate),
      endDate: jsonDateOrNull(endDate),
    };
    const list = linesOf.get(Number(customerId));
    if (list) list.push(line);
    else linesOf.set(Number(customerId), [line]);
  }
  const usersOf = new Map(counts.map(([customerId, count]) => [Number(customerId), Number(count)]));

  const changed: Array<{ id: number; next: StoredRevenue }> = [];
  for (const customer of customers) {
    const next = storedRevenueOf(linesOf.get(customer.id) ?? [], customer.currency, usersOf.get(customer.id) ?? 0, now);
    const stored = {
      mrrMinor: BigInt(customer.mrrMinor), arrMinor: BigInt(customer.arrMinor),
      subscriptionCount: Number(customer.subscriptionCount), userCount: Number(customer.userCount),
    };
    if (!sameStoredRevenue(stored, next)) changed.push({ id: customer.id, next });
  }
  for (let i = 0; i < changed.length; i += UPDATES_PER_STATEMENT) await writeRevenue(tx, changed.slice(i, i + UPDATES_PER_STATEMENT));
  return { changed: changed.length, linesOf };
}

async function writeRevenue(tx: Tx, rows: Array<{ id: number; next: StoredRevenue }>) {
  const column = (name: keyof StoredRevenue, type: "BIGINT" | "INTEGER") => {
    const cases = rows.map(({ id, next }) => Prisma.sql`WHEN ${id} THEN CAST(${String(next[name])} AS ${Prisma.raw(type)})`);
    return Prisma.sql`${Prisma.raw(`"${name}"`)} = CASE "id" ${Prisma.join(cases, " ")} END`;
  };
  await tx.$executeRaw`
    UPDATE "Customer" SET ${column("mrrMinor", "BIGINT")}, ${column("arrMinor", "BIGINT")},
      ${column("subscriptionCount", "INTEGER")}, ${column("userCount", "INTEGER")}
    WHERE "id" IN (${Prisma.join(rows.map((row) => row.id))})`;
}
