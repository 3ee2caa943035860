// Timed bulk status changes through the bulk action's mutation (lib/customers/bulk/mutations.ts:
// the ids' check, the update, one audit row per changed customer, the warnings recompute, one
// transaction), in this process, against the database DATABASE_URL names (the suite points it at
// a copy). Writes its figures as JSON.
//
//   DATABASE_URL=file:./tmp/bench-bulk-action.db npx tsx scripts/bench/bulk-run.ts tmp/bench-bulk-action-result.json
import { writeFileSync } from "node:fs";
import { bulkChangeCustomers } from "../../lib/customers/bulk/mutations";
import { BULK_MAX_CUSTOMERS } from "../../lib/customers/bulk/schema";
import { countCustomers } from "../../lib/customers/list-query";
import { CUSTOMER_ORIGINS, CUSTOMER_STATUSES } from "../../lib/customers/statuses";
import { getDb } from "../../lib/db/client";
import { nowMs } from "./stats";

/** Each run moves the same 10,000 customers to a status none of them has after the run before. */
const STATUS_RUNS = ["suspended", "churned", "suspended", "churned", "suspended"] as const;

async function main() {
  const output = process.argv[2];
  const manager = await getDb().staffUser.findFirstOrThrow({ where: { role: "ACCOUNT_MANAGER" } });
  const actor = { id: manager.id, label: manager.email };
  // 10,000 active customers spread over the table (every fifth), not one index range.
  const rows = await getDb().$queryRaw<{ id: number | bigint }[]>`
    SELECT "id" FROM "Customer" WHERE "archivedAt" IS NULL AND "id" % 5 = 3 ORDER BY "id" LIMIT ${BULK_MAX_CUSTOMERS}`;
  const ids = rows.map((row) => Number(row.id));
  if (ids.length !== BULK_MAX_CUSTOMERS) throw new Error(`found ${ids.length} customers, expected ${BULK_MAX_CUSTOMERS}`);

  const runs: { label: string; ms: number; matched: number; changed: number; audit: number }[] = [];
  const auditCount = () => getDb().auditLog.count();
  for (const status of STATUS_RUNS) {
    const auditBefore = await auditCount();
    const start = nowMs();
    const result = await bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "status", status });
    const ms = nowMs() - start;
    runs.push({ label: `10,000 ids -> ${status}`, ms, ...result, audit: (await auditCount()) - auditBefore });
  }

  // "All matching": the largest status + origin filter of active customers within the limit.
  let best: { query: string; count: number } | null = null;
  for (const status of CUSTOMER_STATUSES) {
    for (const origin of CUSTOMER_ORIGINS) {
      const count = await countCustomers({ q: "", status, origin, warning: undefined, archived: "active" });
      if (count <= BULK_MAX_CUSTOMERS && count > (best?.count ?? 0)) best = { query: `status=${status}&origin=${origin}`, count };
    }
  }
  if (best) {
    const auditBefore = await auditCount();
    const start = nowMs();
    const result = await bulkChangeCustomers(actor, { kind: "matching", query: best.query, expectedCount: best.count }, { kind: "archive" });
    const ms = nowMs() - start;
    runs.push({ label: `all matching ${best.query} -> archive`, ms, ...result, audit: (await auditCount()) - auditBefore });
  }
  writeFileSync(output, JSON.stringify({ runs, customers: await getDb().customer.count() }));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
