// Run by `npm run load` against each database before its servers start (DATABASE_URL says which):
// an API token for the load's edits and bulk creates, the active customers each edit takes one of,
// and customers whose pages are viewed. Prints them as one JSON line.
//
//   DATABASE_URL=... npx tsx scripts/load/prepare.ts <edits> <pages>
import { createApiToken } from "../../lib/api-tokens/mutations";
import { getDb } from "../../lib/db/client";

async function main() {
  const edits = Number(process.argv[2] ?? 20_000);
  const pages = Number(process.argv[3] ?? 2_000);
  const db = getDb();
  const admin = await db.staffUser.findFirstOrThrow({ where: { role: "ADMIN" } });
  const { token } = await createApiToken({ id: admin.id, label: admin.email }, { name: `load test ${new Date().toISOString()}`, scope: "read_write" });
  const active = await db.customer.findMany({ where: { archivedAt: null }, select: { id: true, version: true }, orderBy: { id: "asc" }, take: edits + pages });
  const ids = active.map((customer) => customer.id);
  // Pages first (a small database still gets some), edits from the rest.
  const pageCount = Math.min(pages, Math.ceil(ids.length / 10));
  const customers = await db.customer.count();
  // Each edit sends If-Match with the customer's version (the API refuses a PATCH without: 428).
  const editVersions = active.slice(pageCount).map((customer) => customer.version);
  console.log(JSON.stringify({ token, pageIds: ids.slice(0, pageCount), editIds: ids.slice(pageCount), editVersions, customers }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
