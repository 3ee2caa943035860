// The RISC score for a batch of customers (the daily recompute, lib/warnings/recompute-all.ts):
// three flat reads per batch on top of the warnings' own (usage of the months the finding looks
// at, open orders with their customer's payment terms, subscriptions of paying customers), the
// same scoreRisk as every write, and one UPDATE ... FROM (VALUES ...) per 500 changed customers.
//
// Portable SQL: UPDATE ... FROM is SQLite 3.33+ and PostgreSQL; both name a VALUES list's columns
// column1, column2, ...; the CASTs give PostgreSQL the types it cannot infer from bound parameters.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";
import { currentMonth, addMonths } from "../usage/month-range";
import type { WarningContract, WarningScanner } from "../warnings/types";
import { firstUsageMonth } from "./recompute";
import { scoreRisk } from "./score";
import { sameStoredRisk, toStoredRisk, type StoredRisk } from "./stored";

export type RiskBatchCustomer = StoredRisk & { id: number; status: string; archivedAt: Date | null };
type UsageRow = { customerId: number; month: string; studies: number };
type OrderRow = { customerId: number; status: string; orderedAt: Date };
type TermsRow = { customerId: number; paymentTermsDays: number };
type LineRow = { customerId: number; startDate: Date; endDate: Date | null };

export type RiskChildren = {
  usage: Map<number, UsageRow[]>;
  orders: Map<number, OrderRow[]>;
  terms: Map<number, number>;
  subscriptions: Map<number, LineRow[]>;
};

const UPDATES_PER_STATEMENT = 500;

function group<T extends { customerId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.customerId);
    if (list) list.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

/** What the score needs beyond the warnings' reads, for the customers matching `inBatch` (a
 * condition on "customerId"). Subscriptions matter only to paying customers, so only theirs are read. */
export async function readRiskChildren(tx: Tx, inBatch: Prisma.Sql, customers: readonly RiskBatchCustomer[], now: Date): Promise<RiskChildren> {
  const lastMonth = addMonths(currentMonth(now), -1);
  const paying = customers.filter((customer) => customer.status === "paying" && !customer.archivedAt).map((customer) => customer.id);
  const [usage, orders, terms, lines] = [
    await tx.$queryRaw<UsageRow[]>`
      SELECT "customerId", "month", "studies" FROM "MonthlyUsage"
      WHERE ${inBatch} AND "month" >= ${firstUsageMonth(now)} AND "month" <= ${lastMonth}`,
    await tx.$queryRaw<OrderRow[]>`
      SELECT "customerId", "status", "orderedAt" FROM "Order" WHERE ${inBatch} AND "status" = 'open'`,
    await tx.$queryRaw<TermsRow[]>`
      SELECT "customerId", "paymentTermsDays" FROM "CustomerSettings"
      WHERE ${inBatch} AND "customerId" IN (SELECT "customerId" FROM "Order" WHERE ${inBatch} AND "status" = 'open')`,
    paying.length === 0
      ? []
      : await tx.$queryRaw<LineRow[]>`
      SELECT "customerId", "startDate", "endDate" FROM "Subscription" WHERE "customerId" IN (${Prisma.join(paying)})`,
  ];
  return {
    usage: group(usage),
    orders: group(orders),
    terms: new Map(terms.map((row) => [row.customerId, Number(row.paymentTermsDays)])),
    subscriptions: group(lines),
  };
}

export type RiskUpdate = StoredRisk & { id: number };

/** The customer's score from the batch's rows; the new stored values when they differ. */
export function riskUpdateOf(
  customer: RiskBatchCustomer,
  related: { warningRules: readonly string[]; contracts: readonly WarningContract[]; scanners: readonly WarningScanner[] },
  children: RiskChildren,
  now: Date,
): RiskUpdate | null {
  const result = scoreRisk(
    {
      status: customer.status,
      archivedAt: customer.archivedAt,
      ...related,
      usage: (children.usage.get(customer.id) ?? []).map((row) => ({ month: row.month, studies: Number(row.studies) })),
      orders: children.orders.get(customer.id) ?? [],
      paymentTermsDays: children.terms.get(customer.id) ?? null,
      subscriptions: children.subscriptions.get(customer.id) ?? [],
    },
    now,
  );
  const stored = toStoredRisk(result);
  return sameStoredRisk(stored, { ...customer, riskScore: Number(customer.riskScore) }) ? null : { id: customer.id, ...stored };
}

/** Writes the changed scores; updatedAt is left alone (a derived value is not an edit). */
export async function writeRiskUpdates(tx: Tx, updates: readonly RiskUpdate[]): Promise<void> {
  for (let i = 0; i < updates.length; i += UPDATES_PER_STATEMENT) {
    const values = updates
      .slice(i, i + UPDATES_PER_STATEMENT)
      .map((row) => Prisma.sql`(CAST(${row.id} AS INTEGER), CAST(${row.riskScore} AS INTEGER), CAST(${row.riskLevel} AS TEXT), CAST(${row.riskFindings} AS TEXT))`);
    await tx.$executeRaw`
      UPDATE "Customer" SET "riskScore" = v."column2", "riskLevel" = v."column3", "riskFindings" = v."column4"
      FROM (VALUES ${Prisma.join(values)}) AS v WHERE "Customer"."id" = v."column1"`;
  }
}
