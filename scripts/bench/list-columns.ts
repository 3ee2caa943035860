// Suite "list-columns": the customers table's revenue and risk views at 100,000 customers (issue
// 12's benchmark): sorted by ARR, highest first; risk HIGH or CRITICAL; MRR at least 1,000 sorted
// by risk. For each: the SQL of the list's own query builder (lib/customers/list-query.ts: the
// count and the page's ids, as findCustomers runs them) timed through better-sqlite3 with its
// EXPLAIN QUERY PLAN, then the whole page over HTTP (p50 / p95). Target: SQL p50 at most 20 ms,
// count and page on an index (no full table scan, no sort outside an index).
//
//   npm run bench -- --suite list-columns
import Database from "better-sqlite3";
import type { Prisma } from "../../generated/prisma/client";
import { countSql, pageIdsSql } from "../../lib/customers/list-query";
import { parseCustomerListQuery } from "../../lib/customers/schema";
import { REQUEST_TIMEOUT_MS, RUNS, WARMUPS } from "./config";
import { request } from "./http";
import { ms, nowMs, percentile, summarize } from "./stats";
import type { Suite, SuiteContext } from "./suites";

const TARGET_SQL_P50_MS = 20;
const PAGE_SIZE = 50;
const UNTIMED_WARMUPS = 10;

const VIEWS = [
  { key: "arr-desc", label: "sorted by ARR, highest first", search: "sort=arr" },
  { key: "risk-high-critical", label: "risk HIGH or CRITICAL", search: "risk=high,critical" },
  { key: "mrr-1000-by-risk", label: "MRR at least 1,000, sorted by risk", search: "mrrMin=1000&sort=risk" },
] as const;

/** The count and the page's ids exactly as listPageRows / countCustomers build them. */
function viewSql(search: string) {
  const query = parseCustomerListQuery(Object.fromEntries(new URLSearchParams(search)));
  return { count: countSql(query), page: pageIdsSql(query, query, PAGE_SIZE, 0) };
}

// SQLite's parameters: Prisma.Sql's values (bigint amounts, text) bind as they are.
const params = (sql: Prisma.Sql) => sql.values as unknown[];

function planFlags(lines: string[]): string[] {
  return lines.flatMap((detail) => {
    if (/^SCAN (c|"?Customer"?)$/.test(detail)) return ["full table scan"];
    if (/USE TEMP B-TREE/.test(detail)) return ["sort outside an index"];
    return [];
  });
}

function timeSql(db: Database.Database, search: string) {
  const { count, page } = viewSql(search);
  const countStatement = db.prepare(count.sql).pluck();
  const pageStatement = db.prepare(page.sql).pluck();
  const samples = { total: [] as number[], count: [] as number[], page: [] as number[] };
  let rows = 0;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    rows = Number(countStatement.get(...params(count)));
    const t1 = nowMs();
    pageStatement.all(...params(page));
    const t2 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t2 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
  }
  const explain = (sql: Prisma.Sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql.sql}`).all(...params(sql)) as { detail: string }[]).map((row) => row.detail);
  return {
    rows,
    total: percentile(samples.total, 50),
    count: percentile(samples.count, 50),
    page: percentile(samples.page, 50),
    plan: { count: explain(count), page: explain(page) },
    sql: { count: count.sql, page: page.sql },
  };
}

async function run({ baseUrl, jar, dbFile }: SuiteContext): Promise<string> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const sql = new Map<string, ReturnType<typeof timeSql>>();
  try {
    for (const view of VIEWS) {
      const timing = timeSql(db, view.search);
      sql.set(view.key, timing);
      console.log(`SQL ${view.key}: ${timing.rows} rows, p50 ${ms(timing.total)} ms (count ${ms(timing.count)}, page ${ms(timing.page)})`);
    }
  } finally {
    db.close();
  }

  const http = new Map<string, ReturnType<typeof summarize> & { bytes: number }>();
  for (const view of VIEWS) {
    const url = `${baseUrl}/customers?${view.search}`;
    for (let i = 0; i < UNTIMED_WARMUPS; i++) await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const response = await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
      if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
      samples.push(response.ms);
      bytes = Buffer.byteLength(response.body);
    }
    const summary = summarize(samples);
    http.set(view.key, { ...summary, bytes });
    console.log(`HTTP ${view.key}: p50 ${ms(summary.p50)} ms, p95 ${ms(summary.p95)} ms`);
  }

  const out = [
    "## Suite list-columns: revenue and risk views (issue 12)",
    "",
    `SQL: the list query builder's count and page ids through better-sqlite3, p50 of ${RUNS} runs; HTTP: the whole /customers page, signed in, p50 / p95 of ${RUNS} sequential requests. Target: SQL p50 at most ${TARGET_SQL_P50_MS} ms, count and page on an index.`,
    "",
    "| view | URL | rows | SQL p50 ms (count + page) | on an index | HTTP p50 ms | HTTP p95 ms | KB |",
    "|---|---|---:|---:|---|---:|---:|---:|",
  ];
  for (const view of VIEWS) {
    const s = sql.get(view.key)!;
    const h = http.get(view.key)!;
    const flags = [...planFlags(s.plan.count).map((flag) => `count: ${flag}`), ...planFlags(s.plan.page).map((flag) => `page: ${flag}`)];
    out.push(
      `| ${view.label} | \`/customers?${view.search}\` | ${s.rows} | ${ms(s.total)} (${ms(s.count)} + ${ms(s.page)})${s.total <= TARGET_SQL_P50_MS ? "" : " **over**"} | ${flags.length === 0 ? "yes" : `**${flags.join("; ")}**`} | ${ms(h.p50)} | ${ms(h.p95)} | ${(h.bytes / 1024).toFixed(0)} |`,
    );
  }
  out.push("", "### EXPLAIN QUERY PLAN");
  for (const view of VIEWS) {
    const s = sql.get(view.key)!;
    out.push("", `${view.label}:`, "```", `count: ${s.sql.count}`, ...s.plan.count.map((line) => `  ${line}`), `page:  ${s.sql.page}`, ...s.plan.page.map((line) => `  ${line}`), "```");
  }
  return out.join("\n");
}

export const listColumnsSuite: Suite = { name: "list-columns", run };
