// The list-columns suite's SQL alone, on SQLite and (with BENCH_PG_URL) PostgreSQL: p50 of the
// count and the page of each view, and each plan. No build, no server; for a busy machine, or to
// compare the two databases on the same data (docs/benchmarks.md, "Issue 12: recompute and plans
// on both databases").
//   npx tsx scripts/bench/list-columns-sql.ts [sqlite file, default tmp/bench.db]
//   BENCH_PG_URL=postgresql://... npx tsx scripts/bench/list-columns-sql.ts tmp/bench.db
import os from "node:os";
import { pgSection, sqliteSection } from "./list-columns";

async function main() {
  const file = process.argv[2] ?? "tmp/bench.db";
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");
  const out = [`Load average before: ${load()} (${os.cpus().length} cores)`, "", ...sqliteSection(file)];
  if (process.env.BENCH_PG_URL) out.push(...(await pgSection(process.env.BENCH_PG_URL)));
  out.push("", `Load average after: ${load()}`);
  console.log(out.join("\n"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
