// Suite "list-columns": the customers table's revenue and risk views at 100,000 customers (issue
// 12's benchmark): sorted by ARR, highest first; risk HIGH or CRITICAL; MRR at least 1,000 sorted
// by risk. For each: the SQL of the list's own query builder (lib/customers/list-query.ts: the
// count and the page's ids, as findCustomers runs them) timed through better-sqlite3 with its
// EXPLAIN QUERY PLAN, then the whole page over HTTP (p50 / p95). Target: SQL p50 at most 20 ms,
// count and page on an index (no full table scan, no sort outside an index).
//
// The default view and the Subscriptions and Users sorts are timed too (decision 034).
//
// PostgreSQL: with BENCH_PG_URL set to a database holding the same data (seeded with
// `DATABASE_URL=<url> npx tsx prisma/seed.ts --customers 100000`), the same SQL is timed there
// through node-postgres and its EXPLAIN is printed beside SQLite's (no HTTP: the server runs on
// the SQLite file).
//
//   npm run bench -- --suite list-columns
//   BENCH_PG_URL=postgresql://... npm run bench -- --suite list-columns
import Database from "better-sqlite3";
import pg from "pg";
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
  { key: "default", label: "default list, newest first", search: "" },
  { key: "subscriptions-desc", label: "sorted by Subscriptions, most first", search: "sort=subscriptions" },
  { key: "users-desc", label: "sorted by Users, most first", search: "sort=users" },
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

// PostgreSQL's parameters: $1.. in sql.text; bigint amounts as text (node-postgres has no bigint).
const pgParams = (sql: Prisma.Sql) => (sql.values as unknown[]).map((value) => (typeof value === "bigint" ? value.toString() : value));

function pgPlanFlags(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if (/Seq Scan on "?Customer"?/.test(line)) return ["full table scan"];
    // A Sort node: rows ordered outside an index (top-N of every match, or of an index's matches).
    if (/^\s*(->\s*)?(Incremental )?Sort\s+\(/.test(line)) return ["sort outside an index"];
    return [];
  });
}

async function timePgSql(client: pg.Client, search: string) {
  const { count, page } = viewSql(search);
  const samples = { total: [] as number[], count: [] as number[], page: [] as number[] };
  let rows = 0;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const t0 = nowMs();
    rows = Number((await client.query({ text: count.text, values: pgParams(count), rowMode: "array" })).rows[0][0]);
    const t1 = nowMs();
    await client.query({ text: page.text, values: pgParams(page), rowMode: "array" });
    const t2 = nowMs();
    if (i < WARMUPS) continue;
    samples.total.push(t2 - t0);
    samples.count.push(t1 - t0);
    samples.page.push(t2 - t1);
  }
  const explain = async (sql: Prisma.Sql) =>
    (await client.query({ text: `EXPLAIN ${sql.text}`, values: pgParams(sql) })).rows.map((row: Record<string, string>) => row["QUERY PLAN"]);
  return {
    rows,
    total: percentile(samples.total, 50),
    count: percentile(samples.count, 50),
    page: percentile(samples.page, 50),
    plan: { count: await explain(count), page: await explain(page) },
    sql: { count: count.text, page: page.text },
  };
}

export async function pgSection(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timings = new Map<string, Awaited<ReturnType<typeof timePgSql>>>();
  let version = "";
  try {
    version = String((await client.query("SHOW server_version")).rows[0].server_version);
    await client.query(`ANALYZE "Customer"`);
    for (const view of VIEWS) {
      const timing = await timePgSql(client, view.search);
      timings.set(view.key, timing);
      console.log(`PostgreSQL SQL ${view.key}: ${timing.rows} rows, p50 ${ms(timing.total)} ms (count ${ms(timing.count)}, page ${ms(timing.page)})`);
    }
  } finally {
    await client.end();
  }
  const out = [
    "",
    `### PostgreSQL ${version} (BENCH_PG_URL, the same SQL through node-postgres, p50 of ${RUNS} runs; ANALYZEd first)`,
    "",
    "| view | rows | SQL p50 ms (count + page) | on an index |",
    "|---|---:|---:|---|",
  ];
  for (const view of VIEWS) {
    const s = timings.get(view.key)!;
    const flags = [...pgPlanFlags(s.plan.count).map((flag) => `count: ${flag}`), ...pgPlanFlags(s.plan.page).map((flag) => `page: ${flag}`)];
    out.push(`| ${view.label} | ${s.rows} | ${ms(s.total)} (${ms(s.count)} + ${ms(s.page)})${s.total <= TARGET_SQL_P50_MS ? "" : " **over**"} | ${flags.length === 0 ? "yes" : `**${[...new Set(flags)].join("; ")}**`} |`);
  }
  out.push("", "#### EXPLAIN (PostgreSQL)");
  for (const view of VIEWS) {
    const s = timings.get(view.key)!;
    out.push("", `${view.label}:`, "```", `count: ${s.sql.count}`, ...s.plan.count.map((line) => `  ${line}`), `page:  ${s.sql.page}`, ...s.plan.page.map((line) => `  ${line}`), "```");
  }
  return out;
}

/** The SQLite SQL timings and plans alone (scripts/bench/list-columns-sql.ts: no build, no server). */
export function sqliteSection(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const out = [`### SQLite (${dbFile}, p50 of ${RUNS} runs)`, "", "| view | rows | SQL p50 ms (count + page) | on an index |", "|---|---:|---:|---|"];
  const plans: string[] = [];
  try {
    for (const view of VIEWS) {
      const s = timeSql(db, view.search);
      const flags = [...planFlags(s.plan.count).map((flag) => `count: ${flag}`), ...planFlags(s.plan.page).map((flag) => `page: ${flag}`)];
      out.push(`| ${view.label} | ${s.rows} | ${ms(s.total)} (${ms(s.count)} + ${ms(s.page)})${s.total <= TARGET_SQL_P50_MS ? "" : " **over**"} | ${flags.length === 0 ? "yes" : `**${flags.join("; ")}**`} |`);
      plans.push("", `${view.label}:`, "```", `count: ${s.sql.count}`, ...s.plan.count.map((line) => `  ${line}`), `page:  ${s.sql.page}`, ...s.plan.page.map((line) => `  ${line}`), "```");
    }
  } finally {
    db.close();
  }
  return [...out, "", "#### EXPLAIN QUERY PLAN (SQLite)", ...plans];
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
  if (process.env.BENCH_PG_URL) out.push(...(await pgSection(process.env.BENCH_PG_URL)));
  return out.join("\n");
}

export const listColumnsSuite: Suite = { name: "list-columns", run };
