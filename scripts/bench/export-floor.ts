// The CSV export of every active customer (the default list, newest first) read in-process from
// the app's own export stream (lib/export/customer-export.ts: the builder's cursor, CSV lines,
// the audit row), against the floor of the same rows and columns written by the database's own
// command line: `sqlite3 -header -csv` on SQLite, `psql \copy (...) TO STDOUT CSV` on PostgreSQL.
// No HTTP: the export suite (export.ts) measures the download through the server on SQLite;
// this compares the two databases at sizes where a server run takes too long for a busy machine.
//
//   DATABASE_URL=file:./tmp/bench-1000000.db npx tsx scripts/bench/export-floor.ts [--runs 2]
//   DATABASE_URL=postgresql://... npx tsx scripts/bench/export-floor.ts
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { getDb } from "../../lib/db/client";
import { databaseUrl, isPostgres, redactedUrl } from "../../lib/db/database-url";
import { createCustomerExport } from "../../lib/export/customer-export";
import { parseExportRequest } from "../../lib/export/request";
import { floorSql } from "./export";
import { ms, nowMs } from "./stats";

const ORIGIN = "http://127.0.0.1:3200";

/** The floor's SQL in PostgreSQL's spelling (string_agg, btrim, to_char). */
function pgFloorSql(): string {
  return floorSql(ORIGIN)
    .replace(/\b(Customer|CustomerWarning|StaffUser)\b/g, '"$1"')
    .replace(/c\.(\w+)/g, 'c."$1"')
    .replace(/w\.(\w+)/g, 'w."$1"')
    .replace(/s\.(\w+)/g, 's."$1"')
    .replace(/group_concat\(([^,]+), '; '\)/, "string_agg($1, '; ')")
    .replace(/trim\((.*), ', '\) AS Location/, "btrim($1, ', ') AS Location")
    .replace(/substr\(([^,]+), 1, 10\)/, `to_char($1, 'YYYY-MM-DD')`)
    .replace(/'(http[^']*)' \|\| c\."id"/, `'$1' || c."id"::text`);
}

function floorOnce(url: string): { ms: number; ok: boolean } {
  const devNull = openSync("/dev/null", "w");
  try {
    const started = nowMs();
    const result = isPostgres(url)
      ? spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-c", `\\copy (${pgFloorSql().replace(/\s*\n\s*/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)`], { stdio: ["ignore", devNull, "inherit"] })
      : spawnSync("sqlite3", ["-header", "-csv", url.replace(/^file:/, ""), floorSql(ORIGIN)], { stdio: ["ignore", devNull, "inherit"] });
    return { ms: nowMs() - started, ok: result.status === 0 };
  } finally {
    closeSync(devNull);
  }
}

async function appOnce(): Promise<{ ms: number; rows: number; bytes: number }> {
  const parsed = parseExportRequest({ format: "csv", archived: "active" });
  if (!parsed.ok) throw new Error(parsed.error);
  const admin = await getDb().staffUser.findFirstOrThrow({ where: { role: "ADMIN" } });
  const started = nowMs();
  const file = createCustomerExport({ id: admin.id, label: admin.email }, parsed.request, { origin: ORIGIN });
  const reader = file.body.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
  }
  return { ms: nowMs() - started, rows: lines - 1, bytes };
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "2" } } });
  const runs = Number(values.runs);
  const url = databaseUrl();
  const load = () => os.loadavg().map((v) => v.toFixed(2)).join(" ");
  console.log(`Export of the active customers as CSV on ${redactedUrl(url)}, ${runs} runs each, load ${load()}`);
  const floor: number[] = [];
  const app: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const f = floorOnce(url);
    if (!f.ok) throw new Error("the floor's command failed");
    floor.push(f.ms);
    const a = await appOnce();
    app.push(a.ms);
    rows = a.rows;
    console.log(`run ${i + 1}: floor ${ms(f.ms)} ms, app ${ms(a.ms)} ms (${a.rows.toLocaleString("en-US")} rows, ${(a.bytes / 1024 ** 2).toFixed(0)} MiB), load ${load()}`);
  }
  const best = (values: number[]) => Math.min(...values);
  console.log(
    `| ${isPostgres(url) ? "PostgreSQL" : "SQLite"} | ${rows.toLocaleString("en-US")} | ${ms(best(app))} | ${ms(best(floor))} (${isPostgres(url) ? "psql \\copy" : "sqlite3 -csv"}) | ${(best(app) / best(floor)).toFixed(2)}x | ${load()} |`,
  );
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(`export-floor failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
