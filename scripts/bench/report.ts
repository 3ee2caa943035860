// The benchmark's report: markdown, printed to stdout (docs/benchmarks.md quotes it).
import os from "node:os";
import { FLOOR_BARE_PAGE_MS, RUNS, SERVER_WARMUPS_PER_VIEW, TARGET_P50_MS, WARMUPS, type View } from "./config";
import type { PlanLine, SqlTiming, ViewPlan } from "./sql";
import { ms, type Summary } from "./stats";

export type ViewResult = { view: View; http: Summary; sql: SqlTiming; plan: ViewPlan; bodyBytes: number };

export type RunInfo = {
  startedAt: string;
  loadBefore: number[];
  loadAfter: number[];
  db: { reused: boolean; seededAt: string; seedSeconds: string; version: string };
  command: string;
  setupCommands: string[];
};

export function machine(): string {
  const cpus = os.cpus();
  const memGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${memGiB} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" / ");

function flagText(line: PlanLine): string {
  switch (line.flag) {
    case "full-table-scan":
      return " **<- FULL TABLE SCAN**";
    case "full-index-scan":
      return " <- walks the whole index";
    case "temp-b-tree":
      return " **<- sorts outside an index**";
    case "count-not-covered":
      return " **<- count reads a table row per candidate (index does not cover the filter)**";
    default:
      return "";
  }
}

export function renderReport(results: ViewResult[], info: RunInfo): string {
  const out: string[] = [];
  out.push(`## Results, ${info.startedAt}`);
  out.push("");
  out.push(`- Machine: ${machine()}`);
  out.push(`- Load average (1/5/15 min) before: ${load(info.loadBefore)}, after: ${load(info.loadAfter)}`);
  out.push(
    `- Database: tmp/bench.db, 100,003 customers (seed version ${info.db.version}, ${info.db.reused ? "reused" : "built"}; seeded ${info.db.seededAt} in ${info.db.seedSeconds} s)`,
  );
  out.push(
    `- The fresh server first answers ${SERVER_WARMUPS_PER_VIEW} untimed requests per view; then each view: ${WARMUPS} warm-ups and ${RUNS} sequential requests, each on a new connection, whole body read; nearest-rank p50/p95`,
  );
  out.push("");
  out.push(`| view | p50 ms | p95 ms | SQL p50 ms | peer p50 ms | ours / peer | p50 <= ${TARGET_P50_MS} ms |`);
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | :---: |");
  for (const { view, http, sql } of results) {
    const ratio = http.p50 / view.peerP50Ms;
    out.push(
      `| ${view.label} \`${view.path}\` | ${ms(http.p50)} | ${ms(http.p95)} | ${ms(sql.total)} | ${view.peerP50Ms} | ${ratio.toFixed(2)} | ${http.p50 <= TARGET_P50_MS ? "yes" : "**no**"} |`,
    );
  }
  out.push(`| floor: bare Next.js page, no data (PERFORMANCE.md, not measured here) | ${FLOOR_BARE_PAGE_MS} | | | | | |`);
  out.push("");
  out.push("SQL p50 = count + page + account-manager lookup, run directly through better-sqlite3 on tmp/bench.db.");
  out.push("");
  out.push("### The SQL alone (p50 ms)");
  out.push("");
  out.push("| view | rows | count (ours) | count in Prisma's form | page of 50 | manager lookup | HTTP min / max ms | body KiB |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const { view, sql, http, bodyBytes } of results) {
    out.push(
      `| ${view.label} | ${sql.rows.toLocaleString("en-US")} | ${ms(sql.count)} | ${ms(sql.prismaCount)} | ${ms(sql.page)} | ${ms(sql.lookup)} | ${ms(http.min)} / ${ms(http.max)} | ${(bodyBytes / 1024).toFixed(0)} |`,
    );
  }
  out.push("");
  out.push("### EXPLAIN QUERY PLAN");
  out.push("");
  for (const { view, plan } of results) {
    out.push(`- ${view.label} (\`${view.path}\`)`);
    out.push(`  - count: ${plan.count.map((line) => `\`${line.detail}\`${flagText(line)}`).join("; ")}`);
    out.push(`  - page: ${plan.page.map((line) => `\`${line.detail}\`${flagText(line)}`).join("; ")}`);
  }
  const flagged = (flag: PlanLine["flag"]) =>
    results.filter(({ plan }) => [...plan.count, ...plan.page].some((line) => line.flag === flag)).map(({ view }) => view.label);
  const fullScans = flagged("full-table-scan");
  out.push("");
  out.push(fullScans.length === 0 ? "- No view reads the Customer table without an index." : `- **Full table scans:** ${fullScans.join(", ")}.`);
  for (const [flag, text] of [
    ["count-not-covered", "Counts that read table rows"],
    ["temp-b-tree", "Sorts outside an index"],
    ["full-index-scan", "Whole-index walks"],
  ] as const) {
    const views = flagged(flag);
    if (views.length > 0) out.push(`- ${text}: ${views.join(", ")}.`);
  }
  out.push("");
  out.push("### Command");
  out.push("");
  out.push("```sh");
  out.push(info.command);
  out.push("```");
  if (info.setupCommands.length > 0) {
    out.push("");
    out.push("which ran:");
    out.push("");
    out.push("```sh");
    out.push(...info.setupCommands);
    out.push("```");
  }
  return out.join("\n");
}
