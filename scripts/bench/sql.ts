// The list queries of each view run directly through better-sqlite3, to show what the database
// itself costs beside the full request. The SQL is written by hand in the shape the app sends:
//   count:  lib/customers/list-sql.ts's countCustomers: SELECT COUNT(*) FROM Customer WHERE …, or
//           for the default view all minus archived
//   page:   Prisma 6.19's findMany (captured with `new PrismaClient({ log: ["query"] })`):
//           SELECT <list columns>, accountManagerId FROM Customer WHERE … ORDER BY … LIMIT 50 OFFSET n
//   lookup: SELECT id, name FROM StaffUser WHERE id IN (<the page's 50 accountManagerIds>)
// Beside them, for comparison, the count in the form Prisma's count() generates:
//   SELECT COUNT(*) FROM (SELECT id FROM Customer WHERE … LIMIT -1 OFFSET 0) AS sub
// Dates are ISO text and booleans 0/1, as Prisma stores them, so the parameters are too.
import Database from "better-sqlite3";
import { ACTIVE, PAGE_SIZE, RUNS, WARMUPS, type View } from "./config";
import { nowMs, percentile } from "./stats";
import type pg from "pg";
import { countBoundFor, countSql, pageSql } from "../../lib/customers/list-query";
import { parseCustomerListQuery } from "../../lib/customers/schema";

const LIST_COLUMNS = `"id", "name", "status", "origin", "city", "region", "country", "createdAt", "hasWarnings", "archivedAt", "accountManagerId"`;

export type ViewSqlText = { count: string; prismaCount: string; page: string; lookup: (ids: number) => string };

export function sqlOf(view: View): ViewSqlText {
  const { where, orderBy, offset } = view.sql;
  return {
    count:
      where === ACTIVE
        ? `SELECT (SELECT COUNT(*) FROM "Customer") - (SELECT COUNT(*) FROM "Customer" WHERE "archivedAt" IS NOT NULL) AS "count"`
        : `SELECT COUNT(*) AS "count" FROM "Customer" WHERE ${view.sql.count?.where ?? where}`,
    prismaCount: `SELECT COUNT(*) AS "count" FROM (SELECT "id" FROM "Customer" WHERE ${where} LIMIT -1 OFFSET 0) AS "sub"`,
    page: `SELECT ${LIST_COLUMNS} FROM "Customer" WHERE ${where} ORDER BY ${orderBy} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    lookup: (ids) => `SELECT "id", "name" FROM "StaffUser" WHERE "id" IN (${Array(ids).fill("?").join(",")}) LIMIT -1 OFFSET 0`,
  };
}

export type SqlTiming = {
  total: number; // p50 of count + page + lookup, run one after the other
  count: number;
  prismaCount: number;
  page: number;
  lookup: number;
  rows: number; // the count, to check against the page the app renders
};

type PageRow = { accountManagerId: number | null };

export function timeViewSql(db: Database.Database, view: View): SqlTiming {
  const text = sqlOf(view);
  const params = view.sql.params;
  const count = db.prepare(text.count).pluck();
  const prismaCount = db.prepare(text.prismaCount).pluck();
  const page = db.prepare(text.page);
  const samples = { total: [] as number[], count: [] as number[], prismaCount: [] as number[], page: [] as number[], lookup: [] as number[] };
  let rows = 0;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    rows = count.get(...(view.sql.count?.params ?? params)) as number;
    const t1 = nowMs();
    const pageRows = page.all(...params) as PageRow[];
    const t2 = nowMs();
    const ids = pageRows.map((row) => row.accountManagerId);
    db.prepare(text.lookup(ids.length)).all(...ids);
    const t3 = nowMs();
    prismaCount.get(...params);
    const t4 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t3 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
    samples.lookup.push(t3 - t2);
    samples.prismaCount.push(t4 - t3);
  }
  return {
    total: percentile(samples.total, 50),
    count: percentile(samples.count, 50),
    prismaCount: percentile(samples.prismaCount, 50),
    page: percentile(samples.page, 50),
    lookup: percentile(samples.lookup, 50),
    rows,
  };
}

export type PlanFlag = "full-table-scan" | "full-index-scan" | "temp-b-tree" | "count-not-covered";
export type PlanLine = { detail: string; flag: PlanFlag | null };
export type ViewPlan = { count: PlanLine[]; page: PlanLine[] };

/** `EXPLAIN QUERY PLAN` of the count and the page query, each line flagged when it reads the
 * whole table, walks a whole index, sorts outside an index, or (for the count) fetches table
 * rows because the index does not hold every column of the filter. */
export function explainView(db: Database.Database, view: View): ViewPlan {
  const text = sqlOf(view);
  // COUNT(*) of the whole table shows as a SCAN, but SQLite answers it from the b-tree's pages
  // without visiting entries (0.01 ms at 100k): no whole-index walk.
  const wholeTableCount = text.count.includes('(SELECT COUNT(*) FROM "Customer")');
  const plan = (sql: string, isCount: boolean): PlanLine[] =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(isCount ? (view.sql.count?.params ?? view.sql.params) : view.sql.params)) as Array<{ detail: string }>).map(({ detail }) => ({
      detail,
      flag: isCount && wholeTableCount && /^SCAN "?Customer"? USING COVERING INDEX/.test(detail) ? null : classify(detail, isCount),
    }));
  return { count: plan(text.count, true), page: plan(text.page, false) };
}

function classify(detail: string, isCount: boolean): PlanFlag | null {
  if (/^SCAN "?Customer"?$/.test(detail)) return "full-table-scan";
  if (/^SCAN "?Customer"? USING (COVERING )?INDEX/.test(detail)) return "full-index-scan";
  if (/USE TEMP B-TREE/.test(detail)) return "temp-b-tree";
  // A count needs no column of the row: an index that does not cover the filter means one
  // table lookup per candidate row, in index order (the search count's 100+ ms at 100k).
  if (isCount && /^SEARCH "?Customer"? USING INDEX/.test(detail)) return "count-not-covered";
  return null;
}

/** The app's own SQL for a view, from the one query builder (lib/customers/list-query.ts): its
 * count (bounded as findCustomers bounds it, decision 040) and its page (ids first, then the
 * joined rows; a page past the middle read from the end once the count is known), as the list
 * page sends them, timed through better-sqlite3 (or pg: timeBuilderSqlPg). `rows`: the count's
 * result, the bound + 1 when `lowerBound`. */
export type BuilderTiming = { total: number; count: number; page: number; rows: number; lowerBound: boolean; countPlan: string[]; pagePlan: string[] };

const bindable = (values: unknown[]) => values.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "bigint" ? Number(value) : value));

/** The count and page SQL findCustomers sends for a view, given how to run a count. */
async function builderStatements(view: View, runCount: (sql: { sql: string; text: string; values: unknown[] }) => Promise<number>) {
  const params = Object.fromEntries(new URL(view.path, "http://bench").searchParams);
  const query = parseCustomerListQuery(params);
  const offset = (query.page - 1) * query.pageSize;
  const bound = countBoundFor(query);
  const count = countSql(query, { bound });
  const total = await runCount(count);
  const lowerBound = bound !== undefined && total > bound;
  const page = pageSql(query, { sort: query.sort, dir: query.dir }, query.pageSize, offset, lowerBound ? undefined : total, lowerBound);
  return { count, page: page.sql, total, lowerBound };
}

export async function timeBuilderSql(db: Database.Database, view: View): Promise<BuilderTiming> {
  const { count, page, total, lowerBound } = await builderStatements(view, async (sql) => Number(db.prepare(sql.sql).pluck().get(...bindable(sql.values))));
  const countStatement = db.prepare(count.sql).pluck();
  const pageStatement = db.prepare(page.sql);
  const samples = { total: [] as number[], count: [] as number[], page: [] as number[] };
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    countStatement.get(...bindable(count.values));
    const t1 = nowMs();
    pageStatement.all(...bindable(page.values));
    const t2 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t2 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
  }
  const plan = (sql: string, values: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...bindable(values)) as Array<{ detail: string }>).map((row) => row.detail);
  return timing(samples, total, lowerBound, plan(count.sql, count.values), plan(page.sql, page.values));
}

/** The p50s of a view's samples (count + page, each alone), with its row count and plans. */
function timing(samples: { total: number[]; count: number[]; page: number[] }, rows: number, lowerBound: boolean, countPlan: string[], pagePlan: string[]): BuilderTiming {
  return {
    total: percentile(samples.total, 50),
    count: percentile(samples.count, 50),
    page: percentile(samples.page, 50),
    rows,
    lowerBound,
    countPlan,
    pagePlan,
  };
}

const pgBindable = (values: unknown[]) => values.map((value) => (typeof value === "bigint" ? value.toString() : value));

/** timeBuilderSql on PostgreSQL (DATABASE_URL must name it while the SQL is built: the search
 * is written per database), with each statement prepared once and the plans from EXPLAIN
 * (ANALYZE, BUFFERS off) of one run: the nodes and their actual rows. */
export async function timeBuilderSqlPg(client: pg.Client, view: View): Promise<BuilderTiming> {
  const one = async (sql: { text: string; values: unknown[] }) => Number(Object.values((await client.query(sql.text, pgBindable(sql.values))).rows[0])[0]);
  const { count, page, total, lowerBound } = await builderStatements(view, one);
  const named = (name: string, sql: { text: string; values: unknown[] }) => ({ name: `${view.key}-${name}`, text: sql.text, values: pgBindable(sql.values) });
  const samples = { total: [] as number[], count: [] as number[], page: [] as number[] };
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    await client.query(named("count", count));
    const t1 = nowMs();
    await client.query(named("page", page));
    const t2 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t2 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
  }
  const plan = async (sql: { text: string; values: unknown[] }) =>
    (await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql.text}`, pgBindable(sql.values))).rows
      .map((row) => String(row["QUERY PLAN"]).trim())
      .filter((line) => !/^(Planning|Execution) Time/.test(line));
  return timing(samples, total, lowerBound, await plan(count), await plan(page));
}
