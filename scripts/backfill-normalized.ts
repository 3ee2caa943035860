// `npm run db:backfill`: brings the stored normalized columns (Customer.nameSort, searchText) up
// to the code's folding after an upgrade that changed it; idempotent, and a no-op once the
// database records the current version (lib/customers/backfill-normalized.ts, decision 031).
// The start, e2e and bench scripts run it after `prisma migrate deploy`.
//   --force   rewrite every row even if the recorded version is current
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { checkDatabaseOrExit } from "../lib/db/preflight";
import { backfillNormalizedColumns } from "../lib/customers/backfill-normalized";

async function main() {
  await checkDatabaseOrExit();
  const { values } = parseArgs({ options: { force: { type: "boolean", default: false } } });
  const result = await backfillNormalizedColumns(getDb(), {
    force: values.force,
    onProgress: (customers) => {
      if (customers % 100_000 === 0) console.log(`  ${customers} customers checked...`);
    },
  });
  if (!result.ran) {
    console.log(`Search and sort columns are at normalization version ${result.version}; nothing to do.`);
    return;
  }
  console.log(
    `Search and sort columns: version ${result.from ?? "none"} -> ${result.version}; ` +
      `${result.customers} customers checked, ${result.changed} rewritten in ${result.seconds.toFixed(1)} s.`,
  );
}

main()
  .then(() => getDb().$disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await getDb().$disconnect();
    process.exit(1);
  });
