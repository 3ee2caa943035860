// Recomputes the stored warnings of every customer: for rules that change with time alone (a
// trial ends at midnight, a scanner falls silent) and for data loaded outside the app. Run by
// `npm run db:recompute-warnings` (scripts/recompute-warnings.ts), daily and after such loads.
//
// Customers are read in batches by id range, each batch with flat queries (customers, contracts,
// scanners, stored warnings, registry findings), evaluated in memory with the same rules as every write,
// and only the differences are written; each batch is one transaction. The RISC score (lib/risk)
// is computed in the same batches from the same rows plus its own (lib/risk/batch.ts). `recomputeWarningsOf` does
// the same for a list of ids inside a caller's transaction (the import's updates).
//
// Plain SQL through Prisma's $queryRaw/$executeRaw, written portably (quoted identifiers, bound
// parameters, TRUE/FALSE, multi-row VALUES) so it runs on SQLite and PostgreSQL alike. Measured at
// 100,000 customers on 2 cores (docs/benchmarks.md): Prisma's findMany with the relations selected
// took 4-11 s just to read, flat findMany queries 1.8-4.4 s, these queries 1.0 s; createMany wrote
// 40,000 warnings in 6.5 s, one multi-row INSERT per 500 rows in 0.7 s. And updateMany would stamp
// @updatedAt on every customer whose flag flips, which a derived value must not do.
// Each read comes back as ONE JSON value (lib/db/json-rows.ts) rather than a result row per record:
// Prisma's per-row mapping and the objects it left for the garbage collector cost more than
// SQLite's own work. The flag and the risk score are written together, one UPDATE per changed
// customer (decision 039).
import { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../db/client";
import { jsonDate, jsonDateOrNull, queryJsonRows } from "../db/json-rows";
import { readRiskChildren, storedRiskOf, writeDerivedUpdates, type DerivedUpdate, type RiskChildren } from "../risk/batch";
import { sameStoredRisk } from "../risk/stored";
import { REVENUE_CUSTOMER_COLUMNS, REVENUE_CUSTOMER_COLUMN_NAMES, refreshRevenueOfRange, type RevenueCustomerRow } from "../subscriptions/refresh-all-revenue";
import type { SubscriptionLine } from "../subscriptions/revenue-math";
import { evaluateWarnings } from "./evaluate";
import { toWarningRegistry } from "./registry-finding";
import type { WarningContract, WarningRegistry, WarningScanner } from "./types";

export type RecomputeAllResult = {
  /** Customers checked (archived ones included: any warnings they still hold are removed). */
  customers: number;
  /** CustomerWarning rows written and deleted. */
  added: number;
  removed: number;
  /** Customers whose hasWarnings flag flipped. */
  flagsChanged: number;
  /** Customers whose stored risk score, level or findings changed. */
  riskChanged: number;
  /** Customers whose stored revenue changed (only with the `revenue` option). */
  revenueChanged: number;
  seconds: number;
};

export type RecomputeAllOptions = {
  now?: Date;
  batchSize?: number;
  /** Refresh each batch's stored revenue first, in the same transaction (the daily command): the
   * subscription lines it reads serve the risk score too, so nothing is read twice. */
  revenue?: boolean;
  onBatch?: (progress: RecomputeAllResult) => void;
};

type CustomerRow = {
  id: number;
  hasWarnings: boolean;
  status: string;
  billingEmail: string | null;
  trialEndsAt: Date | null;
  archivedAt: Date | null;
  riskScore: number;
  riskLevel: string;
  riskFindings: string;
};
type ContractRow = WarningContract & { customerId: number };
type ScannerRow = WarningScanner & { customerId: number };
type StoredRow = { customerId: number; rule: string };
type RegistryRow = Record<keyof WarningRegistry, unknown> & { customerId: number };

/** Rows per INSERT: 3 parameters each, far below SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 500;

export async function recomputeAllWarnings(db: Db, options: RecomputeAllOptions = {}): Promise<RecomputeAllResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5000;
  const started = performance.now();
  const totals: RecomputeAllResult = { customers: 0, added: 0, removed: 0, flagsChanged: 0, riskChanged: 0, revenueChanged: 0, seconds: 0 };
  let afterId = 0;
  for (;;) {
    // Read and write in one transaction, so a customer edited meanwhile is not given warnings
    // computed from its older rows (and that edit recomputes it anyway).
    const batch = await db.$transaction((tx) => recomputeBatch(tx, afterId, batchSize, now, options.revenue ?? false), { timeout: 60_000, maxWait: 10_000 });
    if (batch.customers === 0) break;
    afterId = batch.lastId;
    totals.customers += batch.customers;
    totals.added += batch.added;
    totals.removed += batch.removed;
    totals.flagsChanged += batch.flagsChanged;
    totals.riskChanged += batch.riskChanged;
    totals.revenueChanged += batch.revenueChanged;
    totals.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...totals });
    if (batch.customers < batchSize) break;
  }
  totals.seconds = (performance.now() - started) / 1000;
  return totals;
}

function groupByCustomer<T extends { customerId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.customerId);
    if (group) group.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

type WarningInputs = {
  customers: CustomerRow[];
  contracts: ContractRow[];
  scanners: ScannerRow[];
  stored: StoredRow[];
  registry: RegistryRow[];
  risk: RiskChildren;
};

async function recomputeBatch(tx: Tx, afterId: number, batchSize: number, now: Date, revenue: boolean) {
  const customers = await readCustomers(tx, Prisma.sql`c."id" > ${afterId} ORDER BY c."id" LIMIT ${batchSize}`);
  if (customers.length === 0) return { customers: 0, lastId: afterId, added: 0, removed: 0, flagsChanged: 0, riskChanged: 0, revenueChanged: 0 };
  const lastId = customers[customers.length - 1].id;
  // The batch's customers are exactly the ids in (afterId, lastId], so each child table is read
  // by a range on its customerId index.
  const inBatch = Prisma.sql`"customerId" > ${afterId} AND "customerId" <= ${lastId}`;
  const refreshed = revenue ? await refreshRevenueOfRange(tx, customers, afterId, now) : null;
  const children = await readChildren(tx, inBatch, customers, now, refreshed?.linesOf);
  return { lastId, revenueChanged: refreshed?.changed ?? 0, ...(await applyRules(tx, { customers, ...children }, now)) };
}

/** The customers matching `condition` (on "Customer" c, may end in ORDER BY / LIMIT) with the
 * revenue columns and their settings' currency, in id order. One JSON value per query
 * (lib/db/json-rows.ts): 64-bit money as text, dates converted here. */
async function readCustomers(tx: Tx, condition: Prisma.Sql): Promise<Array<CustomerRow & RevenueCustomerRow>> {
  const rows = await queryJsonRows(
    tx,
    Prisma.sql`
      SELECT c."id", c."hasWarnings", c."status", c."billingEmail", c."trialEndsAt", c."archivedAt",
        c."riskScore", c."riskLevel", c."riskFindings", ${REVENUE_CUSTOMER_COLUMNS}
      FROM "Customer" c LEFT JOIN "CustomerSettings" s ON s."customerId" = c."id"
      WHERE ${condition}`,
    [...CUSTOMER_COLUMN_NAMES, ...REVENUE_CUSTOMER_COLUMN_NAMES],
  );
  const customers = rows.map(
    ([id, hasWarnings, status, billingEmail, trialEndsAt, archivedAt, riskScore, riskLevel, riskFindings, currency, mrrMinor, arrMinor, subscriptionCount, userCount]) => ({
      id: Number(id),
      hasWarnings: Boolean(hasWarnings),
      status: String(status),
      billingEmail: billingEmail as string | null,
      trialEndsAt: jsonDateOrNull(trialEndsAt),
      archivedAt: jsonDateOrNull(archivedAt),
      riskScore: Number(riskScore),
      riskLevel: String(riskLevel),
      riskFindings: String(riskFindings),
      currency: currency as string | null,
      mrrMinor: String(mrrMinor),
      arrMinor: String(arrMinor),
      subscriptionCount: Number(subscriptionCount),
      userCount: Number(userCount),
    }),
  );
  return customers.sort((a, b) => a.id - b.id);
}

const CUSTOMER_COLUMN_NAMES = ["id", "hasWarnings", "status", "billingEmail", "trialEndsAt", "archivedAt", "riskScore", "riskLevel", "riskFindings"];

/** Recomputes the stored warnings of the customers with these ids (a batch of a bulk write, at
 * most a few thousand) in the caller's transaction: the same reads and writes as the daily run. */
export async function recomputeWarningsOf(tx: Tx, ids: readonly number[], now = new Date()) {
  if (ids.length === 0) return { customers: 0, added: 0, removed: 0, flagsChanged: 0, riskChanged: 0 };
  const customers = await readCustomers(tx, Prisma.sql`c."id" IN (${Prisma.join([...ids])})`);
  return applyRules(tx, { customers, ...(await readChildren(tx, Prisma.sql`"customerId" IN (${Prisma.join([...ids])})`, customers, now)) }, now);
}

async function readChildren(
  tx: Tx,
  customerCondition: Prisma.Sql,
  customers: CustomerRow[],
  now: Date,
  linesOf?: ReadonlyMap<number, readonly SubscriptionLine[]>,
): Promise<Omit<WarningInputs, "customers">> {
  const contracts = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "type", "startDate", "endDate", "autoRenew", "endedAt", "sendInvoicesAutomatically"
      FROM "Contract" WHERE ${customerCondition}`,
    ["customerId", "type", "startDate", "endDate", "autoRenew", "endedAt", "sendInvoicesAutomatically"],
  );
  const scanners = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "lastSeenAt", "archivedAt" FROM "Scanner" WHERE ${customerCondition}`,
    ["customerId", "lastSeenAt", "archivedAt"],
  );
  const stored = await queryJsonRows(tx, Prisma.sql`SELECT "customerId", "rule" FROM "CustomerWarning" WHERE ${customerCondition}`, ["customerId", "rule"]);
  // Only the registry answers with a finding: a rule needs nothing from the clean ones, so the
  // daily run reads a handful of rows per batch instead of one per checked customer.
  const registry = await queryJsonRows(
    tx,
    Prisma.sql`SELECT "customerId", "bankrupt", "underLiquidation", "forcedLiquidation", "removed"
      FROM "CustomerRegistryCheck"
      WHERE ${customerCondition}
        AND ("bankrupt" = TRUE OR "underLiquidation" = TRUE OR "forcedLiquidation" = TRUE OR "removed" = TRUE)`,
    ["customerId", "bankrupt", "underLiquidation", "forcedLiquidation", "removed"],
  );
  return {
    risk: await readRiskChildren(tx, customerCondition, customers, now, linesOf),
    contracts: contracts.map(([customerId, type, startDate, endDate, autoRenew, endedAt, sendInvoicesAutomatically]) => ({
      customerId: Number(customerId),
      type: String(type),
      startDate: jsonDate(startDate),
      endDate: jsonDateOrNull(endDate),
      autoRenew: Boolean(autoRenew),
      endedAt: jsonDateOrNull(endedAt),
      sendInvoicesAutomatically: Boolean(sendInvoicesAutomatically),
    })),
    scanners: scanners.map(([customerId, lastSeenAt, archivedAt]) => ({
      customerId: Number(customerId),
      lastSeenAt: jsonDate(lastSeenAt),
      archivedAt: jsonDateOrNull(archivedAt),
    })),
    stored: stored.map(([customerId, rule]) => ({ customerId: Number(customerId), rule: String(rule) })),
    registry: registry.map(([customerId, bankrupt, underLiquidation, forcedLiquidation, removed]) => ({
      customerId: Number(customerId), bankrupt, underLiquidation, forcedLiquidation, removed,
    })),
  };
}

/** Evaluates the rules for each customer and writes only the differences from what is stored. */
async function applyRules(tx: Tx, { customers, contracts, scanners, stored, registry, risk }: WarningInputs, now: Date) {
  const registryOf = new Map(registry.map((row) => [row.customerId, toWarningRegistry(row)]));
  const contractsOf = groupByCustomer(contracts);
  const scannersOf = groupByCustomer(scanners);
  const storedOf = groupByCustomer(stored);

  const toAdd: StoredRow[] = [];
  const toRemove = new Map<string, number[]>(); // rule -> customer ids
  const derived: DerivedUpdate[] = [];
  let flagsChanged = 0;
  let riskChanged = 0;
  for (const customer of customers) {
    const subject = {
      ...customer,
      contracts: contractsOf.get(customer.id) ?? [],
      scanners: scannersOf.get(customer.id) ?? [],
      registry: registryOf.get(customer.id) ?? null,
    };
    const ruleIds = evaluateWarnings(subject, now).map((rule) => rule.id);
    const storedRules = (storedOf.get(customer.id) ?? []).map((row) => row.rule);
    for (const rule of ruleIds) if (!storedRules.includes(rule)) toAdd.push({ customerId: customer.id, rule });
    for (const rule of storedRules) {
      if (ruleIds.includes(rule)) continue;
      const ids = toRemove.get(rule) ?? [];
      ids.push(customer.id);
      toRemove.set(rule, ids);
    }
    const hasWarnings = ruleIds.length > 0;
    const flagChanged = hasWarnings !== Boolean(customer.hasWarnings);
    const storedRisk = storedRiskOf(customer, { warningRules: ruleIds, contracts: subject.contracts, scanners: subject.scanners }, risk, now);
    const scoreChanged = !sameStoredRisk(storedRisk, { ...customer, riskScore: Number(customer.riskScore) });
    if (flagChanged) flagsChanged++;
    if (scoreChanged) riskChanged++;
    if (flagChanged || scoreChanged) derived.push({ id: customer.id, hasWarnings, ...storedRisk });
  }

  const storedAt = new Date();
  for (let i = 0; i < toAdd.length; i += INSERT_CHUNK) {
    const values = toAdd.slice(i, i + INSERT_CHUNK).map((row) => Prisma.sql`(${row.customerId}, ${row.rule}, ${storedAt})`);
    await tx.$executeRaw`INSERT INTO "CustomerWarning" ("customerId", "rule", "createdAt") VALUES ${Prisma.join(values)}`;
  }
  let removed = 0;
  for (const [rule, customerIds] of toRemove) {
    removed += await tx.$executeRaw`
      DELETE FROM "CustomerWarning" WHERE "rule" = ${rule} AND "customerId" IN (${Prisma.join(customerIds)})`;
  }
  // The flag and the score are derived, not edits: one UPDATE per changed customer writes both and
  // leaves its updatedAt alone.
  await writeDerivedUpdates(tx, derived);
  return { customers: customers.length, added: toAdd.length, removed, flagsChanged, riskChanged };
}
