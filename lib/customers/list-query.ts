// The customers list's one query builder: the list's filters and sort as SQL that SQLite and
// PostgreSQL run alike, serving the page and its count (findCustomers), the export's cursor
// (lib/export/rows.ts) and the API's keyset pages (lib/api/customer-page.ts), so the four
// cannot disagree on which customers a filter selects or in what order (docs/decisions/018).
//
// Portable on purpose: quoted identifiers, bound values, LIKE on the normalized search text
// (lower-cased, with % _ \ mapped to private-use characters: lib/customers/search-text.ts),
// explicit NULLS LAST, and text compared by code point on both (SQLite's BINARY; PostgreSQL's
// text columns are COLLATE "C", prisma/postgres/migrations). Each view is served by an index
// that matches its filter and sort (prisma/schema.prisma, docs/benchmarks.md).
import { Prisma } from "../../generated/prisma/client";
import { getDb } from "../db/client";
import { isPostgres } from "../db/database-url";
import type { CustomerListQuery, SortColumn, SortDirection } from "./schema";
import { normalizeForSearch } from "./search-text";
import { RISK_LEVELS, type RiskLevel } from "../risk/types";
import { DEFAULT_CURRENCY } from "../customer-settings/default-currency";

export type ListFilter = Pick<CustomerListQuery, "q" | "status" | "origin" | "warning" | "archived"> &
  Partial<Pick<CustomerListQuery, "mrrMin" | "arrMin" | "risk" | "updatedAfter" | "updatedBefore">>;
export type ListOrder = { sort: SortColumn; dir: SortDirection };

/** The tables every list query reads: customers `c`, their account manager `m`. */
export const LIST_FROM = Prisma.sql`FROM "Customer" c LEFT JOIN "StaffUser" m ON m."id" = c."accountManagerId"`;

/** The filter's conditions on Customer `c` (none: every customer). `forPage`: a page sorted and
 * cut by LIMIT, where one rule also gets the hasWarnings flag (see below). `manyMatches`: the
 * filter's count reached its bound (decision 040), so a page's search scans the sort's index. */
export function filterConditions(filter: ListFilter, options: { forPage?: boolean; sort?: SortColumn; manyMatches?: boolean } = {}): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.archived === "active") conditions.push(Prisma.sql`c."archivedAt" IS NULL`);
  if (filter.archived === "archived") conditions.push(Prisma.sql`c."archivedAt" IS NOT NULL`);
  if (filter.status) conditions.push(Prisma.sql`c."status" = ${filter.status}`);
  if (filter.origin) conditions.push(Prisma.sql`c."origin" = ${filter.origin}`);
  // One rule from the rule's side, the (rule, customerId) index: at 100,000 customers the count
  // takes 5.5 ms for 4,400 customers, against 15.4 ms probing every flagged customer for the rule.
  // A page adds the flag (a customer with a warning has it set): it then walks the hasWarnings
  // index in the page's order and stops after the page (0.61 against 0.98 ms).
  if (filter.warning === "any" || (filter.warning && options.forPage)) conditions.push(Prisma.sql`c."hasWarnings" = TRUE`);
  // A page probes each flagged customer in the page's order for the rule (its primary key) and
  // stops after the page; `IN (SELECT ...)` would first collect every customer with the rule
  // (SQLite materializes the list: 11 ms of a 0.3 ms page at 1,000,000 customers, decision 040).
  if (filter.warning && filter.warning !== "any" && options.forPage) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "CustomerWarning" w WHERE w."customerId" = c."id" AND w."rule" = ${filter.warning})`);
  } else if (filter.warning && filter.warning !== "any") {
    conditions.push(Prisma.sql`c."id" IN (SELECT w."customerId" FROM "CustomerWarning" w WHERE w."rule" = ${filter.warning})`);
  }
  // Amounts in minor units of each customer's own currency (schema.ts), against the stored columns.
  // On a page sorted by another column the amount is written `+c."mrrMinor"`, which no index
  // serves: SQLite (no statistics) would otherwise take the amount's range index and sort every
  // match (MRR at least 1,000 by risk: 37,700 rows sorted, hundreds of ms at 100,000), where
  // walking the sort's index, which holds the amount (schema.prisma), stops after the page.
  const amount = (column: "mrrMinor" | "arrMinor", sortedBy: SortColumn) =>
    Prisma.raw(options.forPage && options.sort !== sortedBy ? `+c."${column}"` : `c."${column}"`);
  if (filter.mrrMin !== undefined) conditions.push(Prisma.sql`${amount("mrrMinor", "mrr")} >= ${BigInt(filter.mrrMin)}`);
  if (filter.arrMin !== undefined) conditions.push(Prisma.sql`${amount("arrMinor", "arr")} >= ${BigInt(filter.arrMin)}`);
  // Every level is no filter at all.
  if (filter.risk && filter.risk.length > 0 && filter.risk.length < RISK_LEVELS.length) {
    conditions.push(Prisma.sql`c."riskLevel" IN (${Prisma.join(filter.risk)})`);
  }
  // UTC days, the named day itself excluded: after 2026-03-01 starts at 2026-03-02T00:00Z.
  if (filter.updatedAfter) conditions.push(Prisma.sql`c."updatedAt" >= ${dayStart(filter.updatedAfter, 1)}`);
  if (filter.updatedBefore) conditions.push(Prisma.sql`c."updatedAt" < ${dayStart(filter.updatedBefore, 0)}`);
  const search = normalizeForSearch(filter.q);
  if (search) conditions.push(searchCondition(search, options.forPage && options.manyMatches === true && SEARCH_TEXT_SORTS.has(options.sort ?? "createdAt")));
  return conditions;
}

/** The substring search on the normalized text, on an index on both databases (decision 038):
 * PostgreSQL's pg_trgm GIN index serves `LIKE '%term%'` on the column itself; SQLite's FTS5
 * trigram table "CustomerSearch" (kept in step by triggers) gives the matching ids. A term of
 * fewer than 3 characters has no trigram: there the column's LIKE scans, as the FTS table would.
 * At 1,000,000 customers "parker" took 3.5 s as a scan of every row (docs/benchmarks.md). */
function searchCondition(search: string, scanSortIndex = false): Prisma.Sql {
  const pattern = `%${search}%`;
  // scanSortIndex: more than 10,000 customers match (at least one in a hundred at a million), and
  // the sort's index holds the search text: walking it in the page's order with the LIKE finds a
  // page after a few thousand entries (0.3 ms), where the FTS table would first list every match
  // (46 ms for "parker" at 1M). A rare term keeps the FTS table: the walk would not stop early.
  if (isPostgres() || [...search].length < 3 || scanSortIndex) return Prisma.sql`c."searchText" LIKE ${pattern}`;
  // A phrase of the term's trigrams, one after the other: the rows holding the term. Its LIKE
  // would find the same rows but check each candidate against Customer's text (20,000 reads for
  // "parker" at 1M: 500 ms against 15 ms). Inside "..." only a double quote needs escaping.
  const phrase = `"${search.replace(/"/g, '""')}"`;
  return Prisma.sql`c."id" IN (SELECT s.rowid FROM "CustomerSearch" s WHERE "CustomerSearch" MATCH ${phrase})`;
}

/** Sorts whose SQLite index ends with the search text (prisma/schema.prisma): a LIKE on it is
 * checked in the index itself while the page walks it. */
const SEARCH_TEXT_SORTS: ReadonlySet<SortColumn> = new Set<SortColumn>(["createdAt", "name"]);

/** Midnight UTC of an ISO day plus `days`. */
function dayStart(day: string, days: number): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

export function whereSql(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The sort's keys, then the id as the tie-break. Empty values (no city, no account manager)
 * sort last in both directions, on both databases (their defaults differ). The revenue, risk,
 * count and time columns are NOT NULL: no NULLS LAST there, so PostgreSQL can walk their indexes
 * backwards for the descending sort (NULLS LAST on a descending key would not match the index). */
export function orderBySql({ sort, dir }: ListOrder): Prisma.Sql {
  const d = dir === "asc" ? "ASC" : "DESC";
  const keys: Record<SortColumn, string[]> = {
    id: [],
    name: [`c."nameSort" ${d}`],
    status: [`c."status" ${d}`],
    origin: [`c."origin" ${d}`],
    location: [`c."city" ${d} NULLS LAST`, `c."region" ${d} NULLS LAST`],
    country: [`c."country" ${d} NULLS LAST`],
    accountManager: [`m."name" ${d} NULLS LAST`],
    createdAt: [`c."createdAt" ${d}`],
    subscriptions: [`c."subscriptionCount" ${d}`],
    users: [`c."userCount" ${d}`],
    mrr: [`c."mrrMinor" ${d}`],
    arr: [`c."arrMinor" ${d}`],
    risk: [`c."riskScore" ${d}`],
    updatedAt: [`c."updatedAt" ${d}`],
  };
  return Prisma.raw(`ORDER BY ${[...keys[sort], `c."id" ${d}`].join(", ")}`);
}

/** How many customers a filtered list counts exactly; past it the list says "10,000+" (decision
 * 040). The same number as a bulk action's limit (lib/customers/bulk/schema.ts): a bounded view
 * is one no bulk action takes whole anyway. */
export const LIST_COUNT_BOUND = 10_000;

/** Whether a filter's count is bounded: any condition beyond the archived state. The unfiltered
 * views (active, archived, all) count from the table's b-tree and one index, exactly and cheaply;
 * a filtered count walks every match (70-90 ms for a warning or a search at 1,000,000). */
export function countIsBounded(filter: ListFilter): boolean {
  return filterConditions(filter).length > (filter.archived === "all" ? 0 : 1);
}

/** The bound a page's count stops at, or undefined for an exact count: a bounded filter's page
 * within the first `countBound` rows. A page beyond them (the "Last" link, a far page number)
 * counts exactly, as it is read from the end and needs to know where the end is. */
export function countBoundFor(query: ListFilter & { page: number; pageSize: number }, countBound = LIST_COUNT_BOUND): number | undefined {
  return countIsBounded(query) && query.page * query.pageSize <= countBound ? countBound : undefined;
}

/** How many customers the filter matches. The default view (active customers, no other filter)
 * counts as all minus archived: two index counts of 0.06 ms instead of walking 95,000 index
 * entries (2.4 ms) at 100,000 customers (docs/benchmarks.md). With `bound`, counting stops after
 * bound + 1 matches: a result above `bound` means "more than bound". */
export async function countCustomers(filter: ListFilter, options: { bound?: number } = {}): Promise<number> {
  const [{ count }] = await getDb().$queryRaw<[{ count: bigint | number }]>(countSql(filter, options));
  return Number(count);
}

/** The count's SQL (also timed by the benchmark, scripts/bench/sql.ts, list-columns.ts). With
 * `bound`: `SELECT COUNT(*) FROM (SELECT 1 ... LIMIT bound + 1)`, at most bound + 1 index steps. */
export function countSql(filter: ListFilter, options: { bound?: number } = {}): Prisma.Sql {
  const conditions = filterConditions(filter);
  const onlyActive = filter.archived === "active" && conditions.length === 1;
  if (onlyActive) {
    return Prisma.sql`SELECT (SELECT COUNT(*) FROM "Customer") - (SELECT COUNT(*) FROM "Customer" WHERE "archivedAt" IS NOT NULL) AS "count"`;
  }
  if (options.bound !== undefined) {
    return Prisma.sql`SELECT COUNT(*) AS "count" FROM (SELECT 1 AS "one" FROM "Customer" c ${whereSql(conditions)} LIMIT ${options.bound + 1}) b`;
  }
  return Prisma.sql`SELECT COUNT(*) AS "count" FROM "Customer" c ${whereSql(conditions)}`;
}

/** The ids of one page, the first of listPageRows's two steps. */
export function pageIdsSql(filter: ListFilter, order: ListOrder, limit: number, offset: number, manyMatches = false): Prisma.Sql {
  return Prisma.sql`SELECT c."id" ${LIST_FROM} ${whereSql(filterConditions(filter, { forPage: true, sort: order.sort, manyMatches }))} ${orderBySql(order)} LIMIT ${limit} OFFSET ${offset}`;
}

/** A row of the list's table. */
export type CustomerListRow = {
  id: number;
  name: string;
  status: string;
  origin: string;
  city: string | null;
  region: string | null;
  country: string | null;
  createdAt: Date;
  hasWarnings: boolean;
  archivedAt: Date | null;
  accountManager: { name: string } | null;
  subscriptionCount: number;
  userCount: number;
  /** Minor units of `currency`, the customer's own (its settings; USD without). */
  mrrMinor: bigint;
  arrMinor: bigint;
  currency: string;
  /** Tenths, 0-100. */
  riskScore: number;
  riskLevel: RiskLevel;
  updatedAt: Date;
};

type RawListRow = Omit<
  CustomerListRow,
  "id" | "createdAt" | "updatedAt" | "hasWarnings" | "archivedAt" | "accountManager" | "subscriptionCount" | "userCount" | "mrrMinor" | "arrMinor" | "riskScore" | "riskLevel" | "currency"
> & {
  id: number | bigint;
  createdAt: Date | string;
  updatedAt: Date | string;
  subscriptionCount: number | bigint;
  userCount: number | bigint;
  mrrMinor: number | bigint;
  arrMinor: number | bigint;
  riskScore: number | bigint;
  riskLevel: string;
  currency: string | null;
  hasWarnings: boolean | number;
  archivedAt: Date | string | null;
  managerName: string | null;
};

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** Sorts whose keys are all NOT NULL: the reverse of their order is the same ORDER BY with the
 * other direction (with NULLS LAST on both sides, the nullable ones are not). */
const REVERSIBLE_SORTS: ReadonlySet<SortColumn> = new Set<SortColumn>(
  ["id", "name", "status", "origin", "createdAt", "subscriptions", "users", "mrr", "arr", "risk", "updatedAt"],
);

/** Where a page past the middle is read from the end: its rows are the first ones of the reversed
 * order after `total - offset - limit` skipped, read that way and turned around. The last page of
 * 1,000,000 customers is then OFFSET 0 instead of OFFSET 999,950 (5.1 s: docs/benchmarks.md).
 * Null when the page is read from the front. `total`: the filter's exact count. */
export function fromTheEnd(order: ListOrder, limit: number, offset: number, total: number | undefined): { order: ListOrder; limit: number; offset: number } | null {
  if (total === undefined || offset <= total / 2 || offset >= total || !REVERSIBLE_SORTS.has(order.sort)) return null;
  const rows = Math.min(limit, total - offset);
  return { order: { sort: order.sort, dir: order.dir === "asc" ? "desc" : "asc" }, limit: rows, offset: total - offset - rows };
}

/** listPageRows's SQL (also timed by the benchmark, scripts/bench/sql.ts); `reversed`: its rows
 * come in the reverse of the page's order. */
export function pageSql(filter: ListFilter, order: ListOrder, limit: number, offset: number, total?: number, manyMatches = false): { sql: Prisma.Sql; reversed: boolean } {
  const reversed = fromTheEnd(order, limit, offset, total);
  const read = reversed ?? { order, limit, offset };
  const sql = Prisma.sql`
    SELECT c."id", c."name", c."status", c."origin", c."city", c."region", c."country", c."createdAt", c."hasWarnings",
      c."archivedAt", m."name" AS "managerName", c."subscriptionCount", c."userCount", c."mrrMinor", c."arrMinor", c."riskScore",
      c."riskLevel", c."updatedAt", s."currency"
    FROM (${pageIdsSql(filter, read.order, read.limit, read.offset, manyMatches)}) p
    JOIN "Customer" c ON c."id" = p."id" LEFT JOIN "StaffUser" m ON m."id" = c."accountManagerId"
    LEFT JOIN "CustomerSettings" s ON s."customerId" = c."id"
    ${orderBySql(read.order)}`;
  return { sql, reversed: reversed !== null };
}

/** One page of the list: `limit` rows from `offset` in the sort's order. The page's ids come
 * first, from the filter's index alone, and only those rows are read and joined: with OFFSET the
 * skipped rows then cost an index step each, not a table read and a join (page 500 at 100,000
 * customers: 10 ms against 83 ms). Given the filter's `total`, a page past the middle is read
 * from the end (fromTheEnd). */
export async function listPageRows(
  filter: ListFilter,
  order: ListOrder,
  limit: number,
  offset: number,
  options: { total?: number; manyMatches?: boolean } = {},
): Promise<CustomerListRow[]> {
  const page = pageSql(filter, order, limit, offset, options.total, options.manyMatches);
  const raw = await getDb().$queryRaw<RawListRow[]>(page.sql);
  const rows = page.reversed ? raw.reverse() : raw;
  return rows.map(({ managerName, ...row }) => ({
    ...row,
    id: Number(row.id),
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    subscriptionCount: Number(row.subscriptionCount),
    userCount: Number(row.userCount),
    mrrMinor: BigInt(row.mrrMinor),
    arrMinor: BigInt(row.arrMinor),
    riskScore: Number(row.riskScore),
    riskLevel: (RISK_LEVELS as readonly string[]).includes(row.riskLevel) ? (row.riskLevel as RiskLevel) : "low",
    currency: row.currency ?? DEFAULT_CURRENCY,
    hasWarnings: Boolean(row.hasWarnings),
    archivedAt: row.archivedAt === null ? null : toDate(row.archivedAt),
    accountManager: managerName === null ? null : { name: managerName },
  }));
}

/** Where a keyset page starts: strictly after this row in the (sort, id) order. */
export type KeysetAfter = { id: number; createdAt?: Date };

/** The ids of one keyset page (the API's): `limit` customers after `after`, sorted by id or by
 * creation time then id. */
export async function keysetPageIds(
  filter: ListFilter,
  order: { sort: "id" | "createdAt"; dir: SortDirection },
  after: KeysetAfter | null,
  limit: number,
): Promise<number[]> {
  const conditions = filterConditions(filter, { forPage: true });
  const beyond = Prisma.raw(order.dir === "desc" ? "<" : ">");
  if (after && order.sort === "id") conditions.push(Prisma.sql`c."id" ${beyond} ${after.id}`);
  if (after && order.sort === "createdAt") {
    const at = after.createdAt!;
    conditions.push(Prisma.sql`(c."createdAt" ${beyond} ${at} OR (c."createdAt" = ${at} AND c."id" ${beyond} ${after.id}))`);
  }
  const rows = await getDb().$queryRaw<{ id: number | bigint }[]>`
    SELECT c."id" ${LIST_FROM} ${whereSql(conditions)} ${orderBySql(order)} LIMIT ${limit}`;
  return rows.map((row) => Number(row.id));
}
