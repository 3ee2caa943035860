// `npm run registry:check`: asks the company registry (Brønnøysund) about every active customer
// with an organisation number and stores what it says; run it daily (cron), before
// `npm run db:recompute-warnings`. Prints a summary: checked, changed, failed, skipped.
//   --customer <id>  only this customer
//   --rate <n>       requests a second (default REGISTRY_RATE_LIMIT or 5; "off" for a local stub)
//   --limit <n>      customers per run (default 20,000; the stalest checks go first)
// Exits 0 when the run finished, failures included (they are in the summary); 1 only when the run
// itself could not run (bad flags, no database).
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { createRegistryStatusSource } from "../lib/registry-check/source";
import { formatCheckSummary } from "../lib/registry-check/format-summary";
import { parseRate } from "../lib/registry-check/rate-limiter";
import { DEFAULT_RUN_LIMIT, runRegistryCheck } from "../lib/registry-check/run-check";

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${flag} must be a positive whole number, got ${value}`);
  return number;
}

async function main() {
  const { values } = parseArgs({ options: { customer: { type: "string" }, rate: { type: "string" }, limit: { type: "string" } } });
  const rate = parseRate(values.rate ?? process.env.REGISTRY_RATE_LIMIT);
  const customerId = positiveInteger(values.customer, "--customer");
  const limit = positiveInteger(values.limit, "--limit") ?? DEFAULT_RUN_LIMIT;
  const source = createRegistryStatusSource({ rate });
  const summary = await runRegistryCheck(getDb(), source, {
    customerId,
    limit,
    onBatch: (progress) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${progress.checked + progress.failed} customers asked…`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(formatCheckSummary(summary, rate));
}

main()
  .then(() => getDb().$disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await getDb().$disconnect();
    process.exit(1);
  });
