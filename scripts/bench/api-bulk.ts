// Suite "api-bulk": POST /api/v1/customers/bulk with 1,000 customers, five times, through the route
// handler in a child process (scripts/bench/api-bulk-run.ts) against tmp/bench-bulk.db, a fresh
// copy of tmp/bench.db (100,003 customers); tmp/bench.db itself is never written.
import { readFileSync } from "node:fs";
import { copyDatabase, removeDatabaseFiles } from "./db-copy";
import { run } from "./processes";
import { ms, summarize } from "./stats";
import type { Suite } from "./suites";

const DB_FILE = "tmp/bench-bulk.db";
const RESULT_FILE = "tmp/bench-bulk-result.json";

export const apiBulkSuite: Suite = {
  name: "api-bulk",
  async run({ dbFile }) {
    await copyDatabase(dbFile, DB_FILE);
    try {
      await run(["npx", "tsx", "scripts/bench/api-bulk-run.ts", RESULT_FILE], { DATABASE_URL: `file:./${DB_FILE}` }, 300_000);
    } finally {
      removeDatabaseFiles(DB_FILE);
    }
    const result = JSON.parse(readFileSync(RESULT_FILE, "utf8")) as { calls: { ms: number; created: number }[]; oneByOneMs: number; customers: number };
    const calls = summarize(result.calls.map((call) => call.ms));
    return [
      "## API bulk create of 1,000 customers",
      "",
      `Database: ${DB_FILE}, a copy of tmp/bench.db. Through the route handler of POST /api/v1/customers/bulk in-process (token, JSON, zod, one batch transaction), not over HTTP. Items: name, status, billing email (9 in 10), address, country, external id, two tags on every third.`,
      "",
      "| path | p50 | min | max | calls |",
      "| --- | ---: | ---: | ---: | ---: |",
      `| bulk call, 1,000 items | ${ms(calls.p50)} ms | ${ms(calls.min)} ms | ${ms(calls.max)} ms | ${calls.n} |`,
      `| the same 1,000 one by one (createCustomer; the fallback) | ${ms(result.oneByOneMs)} ms | | | 1 |`,
      "",
      `Customers after the run: ${result.customers.toLocaleString("en-US")}.`,
    ].join("\n");
  },
};
