// Bench suite "export": the CSV and XLSX export of the default list (the active customers, newest
// first: 95,1xx of the 100,003) as finance, timed (first byte, last byte), the rows counted, and the server's memory
// (RSS summed over its process group) sampled every 50 ms; against the floor: the same rows and
// columns written as CSV by the sqlite3 command line.
import { spawnSync } from "node:child_process";
import { openSync, closeSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { signIn, type CookieJar } from "./http";
import { ms, nowMs } from "./stats";
import type { Suite, SuiteContext } from "./suites";

const RUNS = 3;
const SAMPLE_EVERY_MS = 50;
// The default view is what the list opens on, and an index serves its filter and sort. (With
// archived=all no index covers "ORDER BY createdAt DESC, id DESC" without archivedAt; the one
// cursor query sorts once: 0.84 s for 100,003 rows in-process, docs/benchmarks.md.)
const EXPORT_PATH = "/customers/export?archived=active";
const FINANCE = { email: "finance@example.com", password: "demo-password" };
const TARGETS = { csvOverFloor: 2, xlsxMs: 15_000, rssGrowthMb: 150 };

/** The export's columns as SQL, in the list's sort (createdAt DESC, id DESC); the floor. */
export const floorSql = (origin: string) => `SELECT c.id AS Id, c.name AS Name, c.status AS Status, c.origin AS Origin,
  trim(coalesce(c.city, '') || ', ' || coalesce(c.region, ''), ', ') AS Location, c.country AS Country,
  substr(c.createdAt, 1, 10) AS Created, s.name AS AccountManager,
  (SELECT group_concat(w.rule, '; ') FROM CustomerWarning w WHERE w.customerId = c.id) AS Warnings,
  '${origin}/customers/' || c.id AS URL
FROM Customer c LEFT JOIN StaffUser s ON s.id = c.accountManagerId
WHERE c.archivedAt IS NULL
ORDER BY c.createdAt DESC, c.id DESC`;

type Download = { status: number; ttfbMs: number; totalMs: number; body: Buffer; peakRssKb: number; baselineRssKb: number; filename: string };

/** Pids whose process group is `pgid` (the server: npx and the next-server under it). */
function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) pids.push(Number(entry)); // state ppid pgrp ...
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

function rssKb(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += match ? Number(match[1]) : 0;
    } catch {
      // gone
    }
  }
  return total;
}

function download(url: string, jar: CookieJar, pgid: number): Promise<Download> {
  const pids = groupPids(pgid);
  const baselineRssKb = rssKb(pids);
  let peakRssKb = baselineRssKb;
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, rssKb(pids))), SAMPLE_EVERY_MS);
  return new Promise<Download>((resolve, reject) => {
    const started = nowMs();
    let ttfbMs = 0;
    const req = http.get(url, { headers: { cookie: jar.header() }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        if (chunks.length === 0) ttfbMs = nowMs() - started;
        chunks.push(chunk);
      });
      res.on("error", reject);
      res.on("end", () => {
        const totalMs = nowMs() - started;
        clearInterval(sampler);
        peakRssKb = Math.max(peakRssKb, rssKb(pids));
        const filename = /filename="([^"]+)"/.exec(String(res.headers["content-disposition"] ?? ""))?.[1] ?? "";
        resolve({ status: res.statusCode ?? 0, ttfbMs, totalMs, body: Buffer.concat(chunks), peakRssKb, baselineRssKb, filename });
      });
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`${url}: no answer within 120 s`)));
    req.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
  });
}

function csvRows(body: Buffer): number {
  return Papa.parse(body.toString("utf8"), { newline: "\r\n", skipEmptyLines: true }).data.length - 1;
}

async function xlsxRows(body: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  return workbook.worksheets[0].rowCount - 1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times the sqlite3 CLI writing the rows as CSV to /dev/null; null when it is not installed. */
function timeFloor(dbFile: string, sql: string): number[] | null {
  if (spawnSync("sqlite3", ["-version"]).error) return null;
  const times: number[] = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    const devNull = openSync("/dev/null", "w");
    const started = nowMs();
    const result = spawnSync("sqlite3", ["-header", "-csv", dbFile, sql], { stdio: ["ignore", devNull, "inherit"] });
    const elapsed = nowMs() - started;
    closeSync(devNull);
    if (result.status !== 0) throw new Error(`sqlite3 exited with ${result.status}`);
    if (run > 0) times.push(elapsed); // the first run warms the page cache
  }
  return times;
}

type FormatResult = { label: string; runs: Download[]; rows: number };

async function measureFormat(context: SuiteContext, jar: CookieJar, format: "csv" | "xlsx", expectedRows: number): Promise<FormatResult> {
  const url = `${context.baseUrl}${EXPORT_PATH}&format=${format}`;
  const pgid = context.server.pid!;
  const warm = await download(url, jar, pgid); // loads the export code and warms the JIT
  if (warm.status !== 200) throw new Error(`GET ${url} answered ${warm.status}: ${warm.body.toString("utf8").slice(0, 200)}`);
  const runs: Download[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const result = await download(url, jar, pgid);
    rows = format === "csv" ? csvRows(result.body) : await xlsxRows(result.body);
    if (rows !== expectedRows) throw new Error(`${format}: ${rows} rows, expected ${expectedRows}`);
    console.log(`  ${format} run ${run + 1}: first byte ${ms(result.ttfbMs)} ms, total ${ms(result.totalMs)} ms, ${(result.body.length / 1e6).toFixed(1)} MB, RSS +${((result.peakRssKb - result.baselineRssKb) / 1024).toFixed(0)} MB, ${rows} rows`);
    runs.push(result);
  }
  return { label: format.toUpperCase(), runs, rows };
}

function section(csv: FormatResult, xlsx: FormatResult, floor: number[] | null, floorCommand: string, dbFile: string): string {
  const floorMs = floor ? median(floor) : null;
  const growthMb = (result: FormatResult) => Math.max(...result.runs.map((run) => (run.peakRssKb - run.baselineRssKb) / 1024));
  const line = (result: FormatResult, target: string, met: boolean) => {
    const total = median(result.runs.map((run) => run.totalMs));
    const ratio = floorMs ? `${(total / floorMs).toFixed(2)}x` : "n/a";
    return `| ${result.label} | ${result.rows.toLocaleString("en-US")} | ${ms(median(result.runs.map((run) => run.ttfbMs)))} | ${ms(total)} | ${ms(Math.min(...result.runs.map((run) => run.totalMs)))} / ${ms(Math.max(...result.runs.map((run) => run.totalMs)))} | ${ratio} | ${growthMb(result).toFixed(0)} | ${(result.runs[0].body.length / 1e6).toFixed(1)} | ${target} ${met ? "yes" : "**no**"} |`;
  };
  const csvTotal = median(csv.runs.map((run) => run.totalMs));
  const xlsxTotal = median(xlsx.runs.map((run) => run.totalMs));
  const csvMet = floorMs !== null && csvTotal <= TARGETS.csvOverFloor * floorMs && growthMb(csv) < TARGETS.rssGrowthMb;
  const xlsxMet = xlsxTotal < TARGETS.xlsxMs && growthMb(xlsx) < TARGETS.rssGrowthMb;
  return [
    "## Export of all customers (suite `export`)",
    "",
    `\`GET ${EXPORT_PATH}&format=csv|xlsx\` as finance, ${RUNS} runs each after one untimed warm-up; medians; RSS growth is the largest over the runs (peak minus the idle value before the run, summed over the server's process group, sampled every ${SAMPLE_EVERY_MS} ms).`,
    "",
    "| export | rows | first byte ms | total ms | min / max ms | / floor | RSS growth MB | MB | target met |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    line(csv, "<= 2x floor, < 150 MB:", csvMet),
    line(xlsx, "< 15 s, < 150 MB:", xlsxMet),
    floorMs !== null
      ? `| floor: \`sqlite3 -header -csv\` | ${csv.rows.toLocaleString("en-US")} | | ${ms(floorMs)} | ${ms(Math.min(...floor!))} / ${ms(Math.max(...floor!))} | 1.00x | | | |`
      : "| floor: sqlite3 CLI not installed (`apt-get install -y sqlite3`), not measured | | | | | | | | |",
    "",
    "Floor command (stdout to /dev/null):",
    "",
    "```sh",
    `sqlite3 -header -csv ${dbFile} "${floorCommand.replace(/\s*\n\s*/g, " ")}" > /dev/null`,
    "```",
  ].join("\n");
}

export const exportSuite: Suite = {
  name: "export",
  async run(context) {
    const jar = await signIn(context.baseUrl, FINANCE.email, FINANCE.password, 30_000);
    const db = new Database(context.dbFile, { readonly: true });
    const expectedRows = (db.prepare("SELECT count(*) AS n FROM Customer WHERE archivedAt IS NULL").get() as { n: number }).n;
    db.close();
    const csv = await measureFormat(context, jar, "csv", expectedRows);
    const xlsx = await measureFormat(context, jar, "xlsx", expectedRows);
    const sql = floorSql(context.baseUrl);
    const floor = timeFloor(context.dbFile, sql);
    if (floor) console.log(`  floor sqlite3 -csv: ${floor.map((value) => ms(value)).join(", ")} ms`);
    else console.log("  sqlite3 is not installed: apt-get install -y sqlite3 (the floor is not measured)");

    return section(csv, xlsx, floor, sql, context.dbFile);
  },
};
