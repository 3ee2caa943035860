// The list queries of each view run directly through better-sqlite3, to show what the database
// itself costs beside the full request. The SQL is written by hand in the shape Prisma 6.19
// generates for findCustomers (captured with `new PrismaClient({ log: ["query"] })`):
//   count:  SELECT COUNT(*) FROM (SELECT id FROM Customer WHERE … LIMIT -1 OFFSET 0) AS sub
//   page:   SELECT <list columns>, accountManagerId FROM Customer WHERE … ORDER BY … LIMIT 50 OFFSET n
//   lookup: SELECT id, name FROM StaffUser WHERE id IN (<the page's 50 accountManagerIds>)
// Dates are ISO text and booleans 0/1, as Prisma stores them, so the parameters are too.
import Database from "better-sqlite3";
import { PAGE_SIZE, RUNS, WARMUPS, type View } from "./config";
import { nowMs, percentile } from "./stats";

const LIST_COLUMNS = `"id", "name", "status", "origin", "city", "region", "country", "createdAt", "hasWarnings", "archivedAt", "accountManagerId"`;

export type ViewSqlText = { count: string; plainCount: string; page: string; lookup: (ids: number) => string };

export function sqlOf(view: View): ViewSqlText {
  const { where, orderBy, offset } = view.sql;
  return {
    count: `SELECT COUNT(*) AS "count" FROM (SELECT "id" FROM "Customer" WHERE ${where} LIMIT -1 OFFSET 0) AS "sub"`,
    plainCount: `SELECT COUNT(*) AS "count" FROM "Customer" WHERE ${where}`,
    page: `SELECT ${LIST_COLUMNS} FROM "Customer" WHERE ${where} ORDER BY ${orderBy} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    lookup: (ids) => `SELECT "id", "name" FROM "StaffUser" WHERE "id" IN (${Array(ids).fill("?").join(",")}) LIMIT -1 OFFSET 0`,
  };
}

export type SqlTiming = {
  total: number; // p50 of count + page + lookup, run one after the other
  count: number;
  plainCount: number;
  page: number;
  lookup: number;
  rows: number; // the count, to check against the page the app renders
};

type PageRow = { accountManagerId: number | null };

export function timeViewSql(db: Database.Database, view: View): SqlTiming {
  const text = sqlOf(view);
  const params = view.sql.params;
  const count = db.prepare(text.count).pluck();
  const plainCount = db.prepare(text.plainCount).pluck();
  const page = db.prepare(text.page);
  const samples = { total: [] as number[], count: [] as number[], plainCount: [] as number[], page: [] as number[], lookup: [] as number[] };
  let rows = 0;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    rows = count.get(...params) as number;
    const t1 = nowMs();
    const pageRows = page.all(...params) as PageRow[];
    const t2 = nowMs();
    const ids = pageRows.map((row) => row.accountManagerId);
    db.prepare(text.lookup(ids.length)).all(...ids);
    const t3 = nowMs();
    plainCount.get(...params);
    const t4 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t3 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
    samples.lookup.push(t3 - t2);
    samples.plainCount.push(t4 - t3);
  }
  return {
    total: percentile(samples.total, 50),
    count: percentile(samples.count, 50),
    plainCount: percentile(samples.plainCount, 50),
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
  const plan = (sql: string, isCount: boolean): PlanLine[] =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...view.sql.params) as Array<{ detail: string }>).map(({ detail }) => ({
      detail,
      flag: classify(detail, isCount),
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
