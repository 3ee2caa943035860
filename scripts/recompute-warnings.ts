// `npm run db:recompute-warnings`: recomputes the stored revenue, warnings and risk score of every customer. Run it daily
// (cron: rules such as "trial past its end date" change at midnight without any write) and after
// loading data outside the app. Prints what it checked and changed.
//   --now <ISO time>   evaluate as of this time instead of the real time
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { checkDatabaseOrExit } from "../lib/db/preflight";
import { recomputeAllWarnings } from "../lib/warnings/recompute-all";

async function main() {
  await checkDatabaseOrExit();
  const { values } = parseArgs({ options: { now: { type: "string" } } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date and time, got ${values.now}`);
  // One pass over the customers: each batch refreshes the stored revenue, then the warnings and
  // the risk score, in one transaction (lib/warnings/recompute-all.ts, decision 034).
  const result = await recomputeAllWarnings(getDb(), { now, revenue: true });
  console.log(
    `Recomputed revenue, warnings and risk for ${result.customers} customers in ${result.seconds.toFixed(2)} s: ` +
      `${result.revenueChanged} customers' revenue changed, ` +
      `${result.added} warnings added, ${result.removed} removed, ${result.flagsChanged} customers' flag changed, ` +
      `${result.riskChanged} customers' risk score changed.`,
  );
}

main()
  .then(() => getDb().$disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await getDb().$disconnect();
    process.exit(1);
  });
