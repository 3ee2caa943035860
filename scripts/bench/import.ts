// Suite "import": a 100,000-row CSV (tmp/bench-import.csv) reviewed and imported through the
// lib/import functions in a child process (scripts/bench/import-run.ts), against
// tmp/bench-import.db, a copy of tmp/bench.db (100,003 customers) that is made fresh each run;
// tmp/bench.db itself is never written. Then the same file again (nothing to create), and a
// version with every row changed (tmp/bench-import-changed.csv) imported as updates. Target: the
// import of 100,000 rows under 30 s.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { run } from "./processes";
import type { Suite } from "./suites";
import { completeOrgNumber } from "../../tests/helpers/organisation-numbers";

const ROWS = 100_000;
const CSV_FILE = "tmp/bench-import.csv";
const CHANGED_CSV_FILE = "tmp/bench-import-changed.csv";
const DB_FILE = "tmp/bench-import.db";
const RESULT_FILE = "tmp/bench-import-result.json";
const TARGET_SECONDS = 30;
const CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Göteborg", "København", "Helsinki"];
const STATUSES = ["trial", "paying", "suspended", "churned"];

/** Realistic columns as a CRM exports them (semicolon, BOM, a quoted newline now and then). The
 * changed version moves every customer to the next city and gives every fourth a new contact. */
export function buildCsv(changed = false): string {
  const lines = ["Company;Org nr;CRM id;Billing email;Contact;Address;Postcode;City;Country;Status;Notes"];
  for (let i = 0; i < ROWS; i += 1) {
    const city = CITIES[(i + (changed ? 1 : 0)) % CITIES.length];
    const notes = i % 50 === 0 ? `"Moved in ${2000 + (i % 25)}\nsee CRM"` : "";
    lines.push(
      [`Bench Import Clinic ${i}`, completeOrgNumber(String(9_000_000 + i)), `crm-${i}`, `billing${i}@clinic${i}.example.com`, changed && i % 4 === 0 ? `New Contact ${i}` : `Contact ${i}`, `Street ${i % 300}`, String(1000 + (i % 9000)), city, "NO", STATUSES[i % STATUSES.length], notes].join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export const importSuite: Suite = {
  name: "import",
  async run({ dbFile }) {
    writeFileSync(CSV_FILE, buildCsv());
    writeFileSync(CHANGED_CSV_FILE, buildCsv(true));
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
    // A consistent copy through SQLite's backup API (the source may have a WAL beside it).
    const source = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(DB_FILE);
    } finally {
      source.close();
    }
    await run(["npx", "tsx", "scripts/bench/import-run.ts", CSV_FILE, CHANGED_CSV_FILE, RESULT_FILE], { DATABASE_URL: `file:./${DB_FILE}` }, 600_000);
    const result = JSON.parse(readFileSync(RESULT_FILE, "utf8"));
    // The copy holds 200,000 customers and the files three times (about 500 MB): not worth keeping.
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
    const f = (seconds: number) => `${seconds.toFixed(2)} s`;
    const size = (readFileSync(CSV_FILE).byteLength / 1024 / 1024).toFixed(1);
    return [
      "## Import of a 100,000-row CSV",
      "",
      `File: ${CSV_FILE} (${ROWS.toLocaleString("en-US")} rows, ${size} MB, semicolons, BOM, quoted newlines); database: ${DB_FILE}, a copy of tmp/bench.db. In-process through lib/import (scripts/bench/import-run.ts), not through the server.`,
      "",
      "| run | read + store file | review (validate + match) | import | created | updated | skipped | failed |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| first import | ${f(result.first.uploadSeconds)} | ${f(result.first.reviewSeconds)} | ${f(result.first.importSeconds)} | ${result.first.created} | ${result.first.updated} | ${result.first.skipped} | ${result.first.failed} |`,
      `| same file again (skip existing) | ${f(result.again.uploadSeconds)} | ${f(result.again.reviewSeconds)} | ${f(result.again.importSeconds)} | ${result.again.created} | ${result.again.updated} | ${result.again.skipped} | ${result.again.failed} |`,
      `| every row changed (${CHANGED_CSV_FILE}; update existing) | ${f(result.changed.uploadSeconds)} | ${f(result.changed.reviewSeconds)} | ${f(result.changed.importSeconds)} | ${result.changed.created} | ${result.changed.updated} | ${result.changed.skipped} | ${result.changed.failed} |`,
      "",
      `Target: import under ${TARGET_SECONDS} s: ${result.first.importSeconds < TARGET_SECONDS ? "met" : "NOT met"}. Customers after both runs: ${result.customers.toLocaleString("en-US")}.`,
    ].join("\n");
  },
};
