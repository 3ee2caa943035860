// `npm run bench`: the customer list views at 100,000 customers, measured the way
// ../shared/PERFORMANCE.md measures the peer, beside the raw SQL and EXPLAIN QUERY PLAN of
// each view. See docs/benchmarks.md.
//
//   npm run bench                  seed tmp/bench.db if needed, build .next-bench, measure
//   npm run bench -- --no-build    reuse the existing .next-bench build
//   npm run bench -- --rebuild-db  seed tmp/bench.db again even if it is up to date
//   npm run bench -- --customers 1000000   another size: tmp/bench-1000000.db (config.ts)
//   npm run bench -- --no-seed     use the database file as it is (BENCH_DB_FILE=... names it)
//   npm run bench -- --sql-only    the list views' SQL alone (no build, no server), e.g. to
//                                  compare sizes on a machine too busy for HTTP figures
//   npm run bench -- --sql-only --database postgresql://...   the same on a PostgreSQL database
//                                  (e.g. one filled by scripts/bench/pg-copy.ts), with plans
// At sizes other than 100,000 the hand-written Prisma-shaped SQL (sql.ts timeViewSql) is left
// out: it takes seconds a run at 1,000,000 and the app no longer sends it; the builder's is timed.
//
// The app runs on 127.0.0.1:3200 only, and is always stopped at the end, also on errors and on
// Ctrl-C. Every wait and loop has a bound.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres, redactedUrl } from "../lib/db/database-url";
import { ensureBenchDb } from "./bench/bench-db";
import {
  ACTIVE,
  BASE_URL,
  BENCH_CUSTOMERS,
  BENCH_EXPECTED_ROWS,
  BENCH_DB_FILE,
  BENCH_DB_URL,
  BENCH_DIST_DIR,
  HOST,
  NEXTAUTH_SECRET,
  PORT,
  REQUEST_TIMEOUT_MS,
  RUNS,
  SERVER_WARMUPS_PER_VIEW,
  SIGN_IN,
  VIEWS,
  WARMUPS,
  lastPageView,
  type View,
} from "./bench/config";
import { request, signIn, type CookieJar } from "./bench/http";
import { portInUse, run, Server } from "./bench/processes";
import { renderReport, type ViewResult } from "./bench/report";
import { explainView, timeBuilderSql, timeBuilderSqlPg, timeViewSql, type BuilderTiming, type SqlTiming, type ViewPlan } from "./bench/sql";
import { ms, summarize } from "./bench/stats";
import { SUITES } from "./bench/suites";

const RESULTS_FILE = "tmp/bench-results.json";
/** Set on Ctrl-C or SIGTERM: the requests then in flight fail, and that is no error to report. */
let interruptedBy: NodeJS.Signals | null = null;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "no-build": { type: "boolean", default: false },
      "rebuild-db": { type: "boolean", default: false },
      suite: { type: "string", multiple: true },
      customers: { type: "string" }, // read by ./bench/config
      "sql-only": { type: "boolean", default: false },
      "no-seed": { type: "boolean", default: false },
      database: { type: "string" },
    },
  });
  const pgUrl = values.database;
  if (pgUrl !== undefined && (!isPostgres(pgUrl) || !values["sql-only"])) throw new Error("--database takes a postgresql:// URL, with --sql-only");
  // The builder writes the search per database (lib/customers/list-query.ts): it asks DATABASE_URL.
  if (pgUrl) process.env.DATABASE_URL = pgUrl;
  const known = ["lists", ...SUITES.map((suite) => suite.name)];
  const chosen = new Set(values.suite ?? known);
  const unknown = [...chosen].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown suite ${unknown.join(", ")}; the suites are ${known.join(", ")}`);
  const runLists = chosen.has("lists");
  const flags = [
    values["no-build"] && "--no-build",
    values["rebuild-db"] && "--rebuild-db",
    ...(values.suite ?? []).map((name) => `--suite ${name}`),
    values.customers && `--customers ${values.customers}`,
    values["sql-only"] && "--sql-only",
    values["no-seed"] && "--no-seed",
    pgUrl && `--database ${redactedUrl(pgUrl)}`,
  ].filter(Boolean);
  const command = `npm run bench${flags.length > 0 ? ` -- ${flags.join(" ")}` : ""}`;
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  console.log(`Load average: ${loadBefore.map((v) => v.toFixed(2)).join(" ")} (${os.cpus().length} cores)`);
  if (loadBefore[0] > 1) console.warn("The machine is busy (1-minute load above 1): figures may be noisy.");
  if (pgUrl) return await pgSqlOnly(pgUrl, loadBefore);
  if (await portInUse(HOST, PORT)) throw new Error(`Something already listens on ${HOST}:${PORT}; stop it or wait for the other benchmark to end.`);

  // 1. The database.
  mkdirSync("tmp", { recursive: true });
  // --no-seed: the database file as it is (BENCH_DB_FILE may name it), e.g. one seeded by hand.
  const db = values["no-seed"]
    ? { reused: true, seededAt: "as found", seedSeconds: "-", version: "-", commands: [] as string[] }
    : await ensureBenchDb({ rebuild: values["rebuild-db"] });
  if (values["no-seed"] && !existsSync(BENCH_DB_FILE)) throw new Error(`--no-seed, but ${BENCH_DB_FILE} does not exist`);

  // 2. The SQL alone, before the server starts, so nothing else competes for the CPU.
  const sqlite = new Database(BENCH_DB_FILE, { readonly: true, fileMustExist: true });
  const sql = new Map<string, { timing: SqlTiming; plan: ViewPlan }>();
  const builder = new Map<string, BuilderTiming>();
  const active = sqlite.prepare(`SELECT COUNT(*) FROM "Customer" WHERE ${ACTIVE}`).pluck().get() as number;
  const views = [...VIEWS, lastPageView(active)];
  try {
    for (const view of runLists ? views : []) {
      // The app's own SQL (lib/customers/list-query.ts), as the list page sends it.
      const own = await timeBuilderSql(sqlite, view);
      builder.set(view.key, own);
      console.log(`builder ${view.key}: ${own.rows} rows, p50 ${ms(own.total)} ms (count ${ms(own.count)}, page ${ms(own.page)}); count plan: ${own.countPlan.join(" / ")}; page plan: ${own.pagePlan.join(" / ")}`);
      // --sql-only: the builder's SQL alone (the hand-written Prisma-shaped SQL below takes
      // seconds per run for the views the builder serves from an index at 1M).
      if (values["sql-only"] || BENCH_CUSTOMERS !== 100_000) continue;
      const timing = timeViewSql(sqlite, view);
      sql.set(view.key, { timing, plan: explainView(sqlite, view) });
      console.log(`SQL ${view.key}: ${timing.rows} rows, p50 ${ms(timing.total)} ms (count ${ms(timing.count)}, page ${ms(timing.page)}, lookup ${ms(timing.lookup)})`);
    }
  } finally {
    sqlite.close();
  }
  if (values["sql-only"]) {
    console.log(sqlOnlyTable(views, builder, `${BENCH_EXPECTED_ROWS} customers (${BENCH_DB_FILE})`, loadBefore));
    return 0;
  }

  // 3. The production build, in its own dist dir.
  const setupCommands = [...db.commands];
  const buildEnv = { NEXT_DIST_DIR: BENCH_DIST_DIR };
  if (values["no-build"]) {
    if (!existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) throw new Error(`--no-build, but there is no build in ${BENCH_DIST_DIR}`);
    console.log(`Reusing the build in ${BENCH_DIST_DIR}.`);
  } else {
    await buildKeepingTsconfig(() => run(["npx", "next", "build"], buildEnv, 20 * 60_000));
    setupCommands.push(`NEXT_DIST_DIR=${BENCH_DIST_DIR} npx next build`);
  }

  // 4. The server, then the measurements.
  const server = new Server(["npx", "next", "start", "-H", HOST, "-p", String(PORT)], {
    DATABASE_URL: BENCH_DB_URL,
    NEXTAUTH_URL: BASE_URL,
    NEXTAUTH_SECRET,
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NODE_ENV: "production",
  });
  const stopOnSignal = (signal: NodeJS.Signals) => {
    interruptedBy = signal;
    console.error(`\n${signal}: stopping the server.`);
    void server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  process.once("exit", () => server.killNow());

  const results: ViewResult[] = [];
  const suiteSections: string[] = [];
  try {
    server.start();
    await server.waitUntilReady(async () => {
      try {
        return (await request(`${BASE_URL}/api/auth/csrf`, { timeoutMs: 5_000 })).status === 200;
      } catch {
        return false;
      }
    }, 90_000);
    setupCommands.push(server.command);
    const jar = await signIn(BASE_URL, SIGN_IN.email, SIGN_IN.password, REQUEST_TIMEOUT_MS);
    console.log(`Signed in as ${SIGN_IN.email}.`);
    for (const view of runLists ? views : []) {
      for (let i = 0; i < SERVER_WARMUPS_PER_VIEW; i++) await request(`${BASE_URL}${view.path}`, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    }
    if (runLists) console.log(`Warmed up the server: ${SERVER_WARMUPS_PER_VIEW} untimed requests per view.`);
    for (const view of runLists ? views : []) {
      const own = builder.get(view.key)!;
      const { timing, plan } = sql.get(view.key) ?? builderAsSql(own);
      const { samples, bodyBytes } = await measureView(view, jar, own);
      const http = summarize(samples);
      console.log(`GET ${view.path}: p50 ${ms(http.p50)} ms, p95 ${ms(http.p95)} ms (min ${ms(http.min)}, max ${ms(http.max)})`);
      results.push({ view, http, sql: timing, plan, bodyBytes });
    }
    for (const suite of SUITES.filter((candidate) => chosen.has(candidate.name))) {
      console.log(`\nSuite ${suite.name}:`);
      suiteSections.push(await suite.run({ baseUrl: BASE_URL, jar, dbFile: BENCH_DB_FILE, dbUrl: BENCH_DB_URL, server }));
    }
  } finally {
    await server.stop();
  }

  const listReport = renderReport(results, {
    startedAt,
    loadBefore,
    loadAfter: os.loadavg(),
    db,
    command,
    setupCommands,
  });
  const report = [listReport, ...suiteSections].join("\n\n");
  writeFileSync(RESULTS_FILE, JSON.stringify({ startedAt, results, report }, null, 2));
  console.log(`\n${report}\n\n(also in ${RESULTS_FILE})`);
  return 0;
}

/** Warm-ups, each checked (signed in, the expected total on the page), then the timed runs. */
async function measureView(view: View, jar: CookieJar, count: BuilderTiming): Promise<{ samples: number[]; bodyBytes: number }> {
  // A bounded count shows as "10,000+": the number before the plus is the bound.
  const expectedTotal = count.lowerBound ? count.rows - 1 : count.rows;
  const url = `${BASE_URL}${view.path}`;
  let bodyBytes = 0;
  for (let i = 0; i < WARMUPS; i++) {
    const response = await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (response.status !== 200) throw new Error(`GET ${view.path} answered ${response.status} (${response.headers.location ?? "no redirect"})`);
    // React separates text nodes with <!-- -->: "Displaying <!-- -->95,012<!-- --> <!-- -->customers".
    const shown = /Displaying (?:<!-- -->)?([\d,]+)/.exec(response.body)?.[1];
    if (shown === undefined || Number(shown.replace(/,/g, "")) !== expectedTotal) {
      throw new Error(`GET ${view.path} shows ${shown ?? "no"} customers, the SQL counts ${expectedTotal}`);
    }
    bodyBytes = Buffer.byteLength(response.body);
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const response = await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (response.status !== 200) throw new Error(`GET ${view.path} answered ${response.status} in run ${i + 1}`);
    samples.push(response.ms);
  }
  return { samples, bodyBytes };
}

/** The builder's figures in the report's SQL columns, where the hand-written SQL was not run. */
function builderAsSql(own: BuilderTiming): { timing: SqlTiming; plan: ViewPlan } {
  const line = (detail: string) => ({ detail, flag: null });
  return {
    timing: { total: own.total, count: own.count, prismaCount: Number.NaN, page: own.page, lookup: 0, rows: own.rows },
    plan: { count: own.countPlan.map(line), page: own.pagePlan.map(line) },
  };
}

function sqlOnlyTable(views: View[], builder: Map<string, BuilderTiming>, where: string, loadBefore: number[]): string {
  const rows = views.map((view) => {
    const own = builder.get(view.key)!;
    const peer = view.peer1MP50Ms === undefined ? "" : `${view.peerP50Ms} / ${view.peer1MP50Ms}`;
    const shown = own.lowerBound ? `${(own.rows - 1).toLocaleString("en-US")}+` : own.rows.toLocaleString("en-US");
    return `| ${view.label} | ${shown} | ${ms(own.total)} | ${ms(own.count)} | ${ms(own.page)} | ${peer} |`;
  });
  return [
    `\nSQL alone at ${where}, p50 of ${RUNS} runs, load before ${loadBefore.map((v) => v.toFixed(2)).join(" ")}, after ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}:`,
    "| view | rows shown | the builder's count + page ms | count ms | page ms | peer HTTP p50 100k / 1M ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** --sql-only --database postgresql://...: the builder's SQL for each view on that database. */
async function pgSqlOnly(url: string, loadBefore: number[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const builder = new Map<string, BuilderTiming>();
  try {
    const { rows } = await client.query(`SELECT COUNT(*)::int AS "n", COUNT(*) FILTER (WHERE ${ACTIVE})::int AS "active" FROM "Customer"`);
    const { n, active } = rows[0] as { n: number; active: number };
    const views = [...VIEWS, lastPageView(active)];
    for (const view of views) {
      const own = await timeBuilderSqlPg(client, view);
      builder.set(view.key, own);
      console.log(`builder ${view.key}: ${own.rows} rows, p50 ${ms(own.total)} ms (count ${ms(own.count)}, page ${ms(own.page)})\n  count plan:\n    ${own.countPlan.join("\n    ")}\n  page plan:\n    ${own.pagePlan.join("\n    ")}`);
    }
    console.log(sqlOnlyTable(views, builder, `${n.toLocaleString("en-US")} customers on PostgreSQL (${redactedUrl(url)})`, loadBefore));
  } finally {
    await client.end();
  }
  return 0;
}

/** `next build` adds its dist dir's type folders to tsconfig.json's "include". That file is not
 * the benchmark's to change: when the build's only edit is adding .next-bench entries, put the
 * file back as it was. */
async function buildKeepingTsconfig(build: () => Promise<void>): Promise<void> {
  const before = readFileSync("tsconfig.json", "utf8");
  try {
    await build();
  } finally {
    const after = readFileSync("tsconfig.json", "utf8");
    if (after !== before && onlyAddsBenchIncludes(before, after)) {
      writeFileSync("tsconfig.json", before);
      console.log("Restored tsconfig.json (next build had added .next-bench type folders).");
    }
  }
}

function onlyAddsBenchIncludes(before: string, after: string): boolean {
  try {
    const a = JSON.parse(before) as { include?: string[] };
    const b = JSON.parse(after) as { include?: string[] };
    const withoutBench = (b.include ?? []).filter((entry) => !entry.startsWith(`${BENCH_DIST_DIR}/`));
    return JSON.stringify({ ...b, include: withoutBench }) === JSON.stringify({ ...a, include: a.include ?? [] });
  } catch {
    return false; // not plain JSON: leave it alone
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (interruptedBy) return; // the signal handler stops the server and exits
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
