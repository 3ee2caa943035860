// Suite "bulk": the list's bulk status change of 10,000 customers (issue 12: at most 5 s), through
// the bulk action's mutation in a child process (scripts/bench/bulk-run.ts) against
// tmp/bench-bulk-action.db, a fresh copy of tmp/bench.db (100,003 customers); tmp/bench.db itself
// is never written.
//
//   npm run bench -- --suite bulk
import { readFileSync } from "node:fs";
import { copyDatabase, removeDatabaseFiles } from "./db-copy";
import { run } from "./processes";
import { ms, summarize } from "./stats";
import type { Suite } from "./suites";

const DB_FILE = "tmp/bench-bulk-action.db";
const RESULT_FILE = "tmp/bench-bulk-action-result.json";
const TARGET_MS = 5_000;

type Run = { label: string; ms: number; matched: number; changed: number; audit: number };

export const bulkActionSuite: Suite = {
  name: "bulk",
  async run({ dbFile }) {
    await copyDatabase(dbFile, DB_FILE);
    try {
      await run(["npx", "tsx", "scripts/bench/bulk-run.ts", RESULT_FILE], { DATABASE_URL: `file:./${DB_FILE}` }, 300_000);
    } finally {
      removeDatabaseFiles(DB_FILE);
    }
    const { runs, customers } = JSON.parse(readFileSync(RESULT_FILE, "utf8")) as { runs: Run[]; customers: number };
    for (const r of runs) console.log(`${r.label}: ${ms(r.ms)} ms, ${r.changed} changed, ${r.audit} audit rows`);
    const statusRuns = summarize(runs.filter((r) => r.label.startsWith("10,000 ids")).map((r) => r.ms));
    return [
      `## Bulk status change of 10,000 customers at ${customers.toLocaleString("en-US")} customers`,
      "",
      `Database: ${DB_FILE}, a copy of tmp/bench.db. Through the bulk action's mutation in-process (lib/customers/bulk/mutations.ts: the ids' check, the update, one audit row per changed customer, the warnings recompute, one transaction), not over HTTP. The ids: every fifth active customer from the start of the table.`,
      "",
      "| run | ms | matched | changed | audit rows | <= 5 s |",
      "| --- | ---: | ---: | ---: | ---: | --- |",
      ...runs.map((r) => `| ${r.label} | ${ms(r.ms)} | ${r.matched} | ${r.changed} | ${r.audit} | ${r.ms <= TARGET_MS ? "yes" : "**no**"} |`),
      "",
      `10,000 ids, status change: p50 ${ms(statusRuns.p50)} ms (min ${ms(statusRuns.min)}, max ${ms(statusRuns.max)}, ${statusRuns.n} runs).`,
    ].join("\n");
  },
};
