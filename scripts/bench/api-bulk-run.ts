// Timed bulk-create calls through the API's route handler (token check, JSON body, zod, the batch
// write), in this process, against the database DATABASE_URL names (the suite points it at a
// copy); then the same 1,000 customers created one by one, as the fallback path does. Writes its
// figures as JSON.
//
//   DATABASE_URL=file:./tmp/bench-bulk.db npx tsx scripts/bench/api-bulk-run.ts tmp/bench-bulk-result.json
import { writeFileSync } from "node:fs";
import { POST as bulkCreate } from "../../app/api/v1/customers/bulk/route";
import { createApiToken } from "../../lib/api-tokens/mutations";
import { apiCustomerInputSchema } from "../../lib/api/customer-input";
import { createCustomer } from "../../lib/customers/mutations";
import { getDb } from "../../lib/db/client";
import { nowMs } from "./stats";

export const BULK_ITEMS = 1000;
export const BULK_CALLS = 5;
const STATUSES = ["trial", "paying", "suspended", "churned"];

function items(call: number) {
  return Array.from({ length: BULK_ITEMS }, (_, i) => ({
    name: `Bench Bulk Clinic ${call}-${i}`,
    status: STATUSES[i % STATUSES.length],
    billingEmail: i % 10 === 0 ? undefined : `billing${i}@bulk${call}.example.com`,
    addressLine1: `Street ${i % 300}`,
    postalCode: String(1000 + (i % 9000)),
    city: "Oslo",
    country: "NO",
    externalId: `bulk-${call}-${i}`,
    tags: i % 3 === 0 ? ["bulk", `wave-${call}`] : [],
  }));
}

async function main() {
  const output = process.argv[2];
  const admin = await getDb().staffUser.findFirstOrThrow({ where: { role: "ADMIN" } });
  const actor = { id: admin.id, label: admin.email };
  const { token } = await createApiToken(actor, { name: "bench bulk", scope: "read_write" });
  const params = { params: Promise.resolve({}) as Promise<Record<string, never>> };

  const calls: { ms: number; created: number; failed: number }[] = [];
  for (let call = 0; call < BULK_CALLS; call += 1) {
    const body = JSON.stringify({ customers: items(call) });
    const start = nowMs();
    const response = await bulkCreate(
      new Request("http://127.0.0.1/api/v1/customers/bulk", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body }),
      params,
    );
    const json = await response.json();
    calls.push({ ms: nowMs() - start, created: json.created, failed: json.failed });
    if (response.status !== 200 || json.created !== BULK_ITEMS) throw new Error(`bulk call ${call}: HTTP ${response.status}, ${JSON.stringify(json).slice(0, 300)}`);
  }

  // The same work item by item (the path taken when a batch fails, and how bulk create worked before).
  const inputs = items(BULK_CALLS).map((item) => apiCustomerInputSchema.parse(item));
  const start = nowMs();
  for (const input of inputs) await createCustomer(actor, input, { origin: "api" });
  const oneByOneMs = nowMs() - start;

  writeFileSync(output, JSON.stringify({ calls, oneByOneMs, customers: await getDb().customer.count() }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
