// The RISC score for a batch of customers (the daily recompute, lib/warnings/recompute-all.ts):
// three flat reads per batch on top of the warnings' own (usage of the months the finding looks
// at, pivoted to one row per customer whose usage fell last month; open orders with their
// customer's payment terms; subscriptions of paying customers, unless the revenue refresh of the
// same batch read them), the same scoreRisk as every write, and one UPDATE ... FROM a JSON list of the changed customers, writing the warnings
// flag with the score.
//
// Portable SQL: UPDATE ... FROM is SQLite 3.33+ and PostgreSQL; the rows to write are one JSON
// parameter read as a table (lib/db/json-rows.ts), the CASTs give each column its type.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";
import { jsonDate, jsonDateOrNull, jsonField, jsonRowsTable, queryJsonRows } from "../db/json-rows";
import { addMonths, currentMonth } from "../usage/month-range";
import type { WarningContract, WarningScanner } from "../warnings/types";
import { USAGE_MONTHS } from "./findings";
import { scoreRisk } from "./score";
import { toStoredRisk, type StoredRisk } from "./stored";

export type RiskBatchCustomer = StoredRisk & { id: number; status: string; archivedAt: Date | null };
type UsageRow = { customerId: number; month: string; studies: number };
type OrderRow = { customerId: number; status: string; orderedAt: Date };
type LineRow = { customerId: number; startDate: Date; endDate: Date | null };

export type RiskChildren = {
  usage: Map<number, UsageRow[]>;
  orders: Map<number, OrderRow[]>;
  terms: Map<number, number>;
  subscriptions: Map<number, LineRow[]>;
};

function group<T extends { customerId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.customerId);
    if (list) list.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

/** The usage months the finding looks at (findings.ts): the last complete month and the
 * USAGE_MONTHS before it, oldest first. */
function usageMonths(now: Date): string[] {
  const last = addMonths(currentMonth(now), -1);
  return Array.from({ length: USAGE_MONTHS + 1 }, (_, i) => addMonths(last, i - USAGE_MONTHS));
}

/** One row per customer with a usage row in the months the finding looks at, one column per
 * month (NULL: no row), and only the customers whose usage fell in the last complete month:
 * usageFalling needs the month before the last to hold a value (its own studies, or 0 when an
 * earlier month is stored) above the last month's (0 when missing). Every other customer's
 * finding is null whatever its rows, so they are not read (most of the 100,000). The months as an
 * IN list, so each is one range of the (month, customerId, studies) index: a range on the
 * customer ids first would walk every stored month of every customer of the batch. */
function usageSql(inBatch: Prisma.Sql, now: Date): Prisma.Sql {
  const months = usageMonths(now);
  const m = months.map((month) => Prisma.sql`MAX(CASE WHEN "month" = ${month} THEN "studies" END)`);
  const [m0, m1, m2, m3] = m;
  return Prisma.sql`
    SELECT "customerId", ${m0} AS "m0", ${m1} AS "m1", ${m2} AS "m2", ${m3} AS "m3"
    FROM "MonthlyUsage" WHERE ${inBatch} AND "month" IN (${Prisma.join(months)})
    GROUP BY "customerId"
    HAVING COALESCE(${m2}, CASE WHEN ${m0} IS NOT NULL OR ${m1} IS NOT NULL THEN 0 END) > COALESCE(${m3}, 0)`;
}

/** The pivoted rows ([customerId, m0, m1, m2, m3]) back as one row per stored month. */
function usageRowsOf(rows: unknown[][], now: Date): UsageRow[] {
  const months = usageMonths(now);
  return rows.flatMap(([customerId, ...studiesByMonth]) =>
    studiesByMonth.flatMap((studies, i) =>
      studies === null || studies === undefined ? [] : [{ customerId: Number(customerId), month: months[i], studies: Number(studies) }],
    ),
  );
}

/** What the score needs beyond the warnings' reads, for the customers matching `inBatch` (a
 * condition on "customerId"). Subscriptions matter only to paying customers, so only theirs are
 * read, unless the caller has them already (`linesOf`: every line of the batch's customers, as
 * the daily run's revenue refresh read them). */
export async function readRiskChildren(
  tx: Tx,
  inBatch: Prisma.Sql,
  customers: readonly RiskBatchCustomer[],
  now: Date,
  linesOf?: ReadonlyMap<number, readonly { startDate: Date; endDate: Date | null }[]>,
): Promise<RiskChildren> {
  const paying = customers.filter((customer) => customer.status === "paying" && !customer.archivedAt).map((customer) => customer.id);
  // One JSON value per query (lib/db/json-rows.ts); dates converted here.
  const usage = await queryJsonRows(tx, usageSql(inBatch, now), ["customerId", "m0", "m1", "m2", "m3"]);
  const orders = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "status", "orderedAt" FROM "Order" WHERE ${inBatch} AND "status" = 'open'`,
    ["customerId", "status", "orderedAt"],
  );
  const terms = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "paymentTermsDays" FROM "CustomerSettings"
      WHERE ${inBatch} AND "customerId" IN (SELECT "customerId" FROM "Order" WHERE ${inBatch} AND "status" = 'open')`,
    ["customerId", "paymentTermsDays"],
  );
  const lines: LineRow[] =
    paying.length === 0
      ? []
      : linesOf
        ? paying.flatMap((id) => (linesOf.get(id) ?? []).map(({ startDate, endDate }) => ({ customerId: id, startDate, endDate })))
        : (
            await queryJsonRows(
              tx,
              Prisma.sql`SELECT "customerId", "startDate", "endDate" FROM "Subscription" WHERE "customerId" IN (${Prisma.join(paying)})`,
              ["customerId", "startDate", "endDate"],
            )
          ).map(([customerId, startDate, endDate]) => ({ customerId: Number(customerId), startDate: jsonDate(startDate), endDate: jsonDateOrNull(endDate) }));
  return {
    usage: group(usageRowsOf(usage, now)),
    orders: group(orders.map(([customerId, status, orderedAt]) => ({ customerId: Number(customerId), status: String(status), orderedAt: jsonDate(orderedAt) }))),
    terms: new Map(terms.map(([customerId, days]) => [Number(customerId), Number(days)])),
    subscriptions: group(lines),
  };
}

/** The customer's score from the batch's rows, in its stored form. */
export function storedRiskOf(
  customer: RiskBatchCustomer,
  related: { warningRules: readonly string[]; contracts: readonly WarningContract[]; scanners: readonly WarningScanner[] },
  children: RiskChildren,
  now: Date,
): StoredRisk {
  const result = scoreRisk(
    {
      status: customer.status,
      archivedAt: customer.archivedAt,
      ...related,
      usage: children.usage.get(customer.id) ?? [],
      orders: children.orders.get(customer.id) ?? [],
      paymentTermsDays: children.terms.get(customer.id) ?? null,
      subscriptions: children.subscriptions.get(customer.id) ?? [],
    },
    now,
  );
  return toStoredRisk(result);
}

/** A customer's derived columns as the batch computed them: its warnings flag and risk score. */
export type DerivedUpdate = StoredRisk & { id: number; hasWarnings: boolean };

/** Writes the flag and the score of the customers where either changed, both in one row update per
 * customer (each UPDATE rewrites the whole row and its indexes: one rewrite instead of two for the
 * customers whose flag and score both change). updatedAt is left alone: a derived value is not an
 * edit. */
export async function writeDerivedUpdates(tx: Tx, updates: readonly DerivedUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  // One statement for the batch: the rows as one JSON parameter (lib/db/json-rows.ts).
  const rows = updates.map((row) => [row.id, row.hasWarnings, row.riskScore, row.riskLevel, row.riskFindings]);
  await tx.$executeRaw`
    UPDATE "Customer" SET "hasWarnings" = CAST(${jsonField(1)} AS BOOLEAN), "riskScore" = CAST(${jsonField(2)} AS INTEGER),
      "riskLevel" = CAST(${jsonField(3)} AS TEXT), "riskFindings" = CAST(${jsonField(4)} AS TEXT)
    FROM ${jsonRowsTable(rows)} WHERE "Customer"."id" = CAST(${jsonField(0)} AS INTEGER)`;
}
