// `npm run db:recompute-warnings`: recomputes the stored warnings and risk score of every customer. Run it daily
// (cron: rules such as "trial past its end date" change at midnight without any write) and after
// loading data outside the app. Prints what it checked and changed.
//   --now <ISO time>   evaluate as of this time instead of the real time
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { checkDatabaseOrExit } from "../lib/db/preflight";
import { recomputeAllWarnings } from "../lib/warnings/recompute-all";
import { refreshAllRevenue } from "../lib/subscriptions/refresh-all-revenue";

async function main() {
  await checkDatabaseOrExit();
  const { values } = parseArgs({ options: { now: { type: "string" } } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date and time, got ${values.now}`);
  // Revenue first: the risk score (recomputed with the warnings) reads the active subscriptions.
  const revenue = await refreshAllRevenue(getDb(), now);
  console.log(`Refreshed revenue for ${revenue.customers} customers in ${revenue.seconds.toFixed(2)} s: ${revenue.changed} changed.`);
  const result = await recomputeAllWarnings(getDb(), { now });
  console.log(
    `Recomputed warnings for ${result.customers} customers in ${result.seconds.toFixed(2)} s: ` +
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
