// Demo data: seed 000's three customers exactly, the demo staff (one per role) and generated
// customers. `npm run db:seed -- --customers 100000` builds the deterministic benchmark set.
//   --now <ISO time>  pins the clock the generated data is relative to (default: the real time),
//                     so two seeds can be compared row for row
//   --via-prisma      inserts the generated customers through Prisma even on SQLite (slow; the
//                     reference the fast path in prisma/seed/sqlite-writer.ts is checked against)
import { parseArgs } from "node:util";
import { databaseUrl, getDb } from "../lib/db/client";
import { checkDatabaseOrExit } from "../lib/db/preflight";
import { isPostgres } from "../lib/db/database-url";
import { syncPgSequences } from "../lib/db/pg-sequences";
import { hashPassword } from "../lib/auth/password";
import { buildNameSort, buildSearchText } from "../lib/customers/search-text";
import { recomputeCustomerWarnings } from "../lib/warnings/recompute";
import { generateCustomers } from "./seed/generate-customers";
import { SqliteBatchWriter, sqliteFileOf } from "./seed/sqlite-writer";
import { PARTNER_NAMES, TAG_NAMES } from "./seed/vocabulary";
import { seedApiTokens } from "./seed/api-tokens";
import { seedLocationsAndAssets } from "./seed/locations-assets";
import { generateProjects, seedDemoProjects } from "./seed/projects";
import { seedRevenueRecords } from "./seed/revenue-records";
import { seedRisk } from "./seed/risk";

export const DEMO_PASSWORD = "demo-password";
const DEMO_STAFF = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  { email: "bree@example.com", name: "Bree Test", role: "ACCOUNT_MANAGER" },
  { email: "support@example.com", name: "Sam Support", role: "SUPPORT" },
  { email: "finance@example.com", name: "Fran Finance", role: "FINANCE" },
  { email: "alex@example.com", name: "Alex Account", role: "ACCOUNT_MANAGER" },
  { email: "morgan@example.com", name: "Morgan Manager", role: "ACCOUNT_MANAGER" },
] as const;

const GiB = 1024 ** 3;

async function main() {
  await checkDatabaseOrExit();
  const { values } = parseArgs({
    options: {
      customers: { type: "string", default: "300" },
      "if-empty": { type: "boolean", default: false },
      now: { type: "string" },
      "via-prisma": { type: "boolean", default: false },
    },
  });
  const count = Number(values.customers);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--customers must be a whole number, got ${values.customers}`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date and time, got ${values.now}`);

  const db = getDb();
  if ((await db.staffUser.count()) > 0) {
    if (values["if-empty"]) {
      console.log("Database already seeded; leaving it as it is.");
      return;
    }
    throw new Error("The database already holds data. Seed a new database file: set DATABASE_URL to it and run npm run db:migrate first.");
  }
  const started = Date.now();

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.staffUser.createMany({ data: DEMO_STAFF.map((staff) => ({ ...staff, passwordHash, demoPassword: true })) });
  const staff = await db.staffUser.findMany({ select: { id: true, email: true, role: true } });
  const breeId = staff.find((s) => s.email === "bree@example.com")!.id;
  await seedApiTokens(db, staff.find((s) => s.email === "admin@example.com")!.id, now);
  await db.partner.createMany({ data: PARTNER_NAMES.map((name) => ({ name })) });
  const partners = await db.partner.findMany({ select: { id: true, name: true } });
  await db.tag.createMany({ data: TAG_NAMES.map((name) => ({ name })) });
  const tags = await db.tag.findMany({ select: { id: true } });

  // Seed 000's three customers, exactly as its help page shows them.
  const seedCustomers = [
    // Hayden pays with a contract and a billing email: no warning, as on seed 000's list.
    { id: 159, name: "Hayden Parker", status: "paying", city: "Why", region: "Arizona", billingEmail: "billing@haydenparker.example.com", createdAt: new Date("2017-09-11T15:02:11Z"), updatedAt: new Date("2017-09-11T15:20:45Z") },
    { id: 162, name: "Gerald Dean", status: "trial", city: "Tempe", region: "Arizona", createdAt: new Date("2017-09-13T09:12:40Z"), updatedAt: new Date("2017-09-13T09:12:40Z") },
    {
      id: 163, name: "Zack Morris", status: "paying", city: "Kellyland", region: "KL",
      addressLine1: "Bayside High", addressLine2: "Bayside High", postalCode: "31111",
      billingEmail: "bree+partnertest@triceimaging.com",
      partnerId: partners.find((p) => p.name === "Aud Distributor")!.id, accountManagerId: breeId,
      createdAt: new Date("2017-09-13T17:50:18Z"), updatedAt: new Date("2017-09-13T17:54:01Z"),
    },
  ];
  await db.customer.createMany({
    data: seedCustomers.map((c) => ({
      ...c,
      origin: "manage",
      country: "US",
      nameSort: buildNameSort(c.name),
      searchText: buildSearchText({ ...c, billingEmail: c.billingEmail ?? null }),
    })),
  });
  await db.contract.create({
    data: { customerId: 159, type: "per_study", startDate: new Date("2017-09-11T00:00:00Z"), currency: "USD", unitPriceMinor: 150, includedUnits: 100, autoRenew: true },
  });
  await db.monthlyUsage.createMany({
    data: [
      { customerId: 159, month: "2017-03", studies: 295, instances: 2658, cines: 127, storageBytes: BigInt(Math.round(6.92 * GiB)) },
      { customerId: 159, month: "2017-04", studies: 281, instances: 2760, cines: 160, storageBytes: BigInt(Math.round(8.99 * GiB)) },
      { customerId: 159, month: "2017-05", studies: 308, instances: 2848, cines: 168, storageBytes: BigInt(Math.round(7.83 * GiB)) },
    ],
  });
  // Seed 000 shows Zack Morris without accounts (the account manager adds the clinic's account
  // after signing); Hayden Parker, whose images arrive, has one, and its scanner as the Scanners
  // tab shows it, plus an archived one for the "show archived" toggle.
  await db.account.createMany({
    data: [
      { customerId: 159, name: "Hayden Parker Clinic", dataRetention: "7y" },
      { customerId: 162, name: "Gerald Dean Imaging", dataRetention: "30d" },
    ],
  });
  await db.scanner.createMany({
    data: [
      {
        customerId: 159, uplink: "ultrasound", internalIp: "0.0.0.0", concurrentCount: 4,
        firstSeenAt: new Date("2017-03-23T11:07:34Z"), lastSeenAt: new Date("2017-04-06T02:43:28Z"),
      },
      {
        customerId: 159, uplink: "pacs_client", uplinkId: "UL-159-2", internalIp: "10.0.4.17", manufacturer: "GE Healthcare",
        manufacturerModelName: "Voluson E8", concurrentCount: 1, firstSeenAt: new Date("2017-03-02T08:15:00Z"),
        lastSeenAt: new Date("2017-03-20T16:40:12Z"), archivedAt: new Date("2017-03-23T11:00:00Z"),
      },
    ],
  });
  await db.$transaction(async (tx) => {
    for (const c of seedCustomers) await recomputeCustomerWarnings(tx, c.id, now);
  });
  await seedDemoProjects(db, now);

  // Generated customers: on a SQLite file through prepared statements (same rows, a fraction of
  // the time), anywhere else through Prisma.
  const sqliteFile = values["via-prisma"] ? null : sqliteFileOf(databaseUrl());
  const writer = sqliteFile === null ? null : new SqliteBatchWriter(sqliteFile);
  let inserted = 0;
  try {
    for (const batch of generateCustomers({
      count,
      firstId: 164,
      batchSize: 2000,
      now,
      months: 24,
      accountManagerIds: staff.filter((s) => s.role === "ACCOUNT_MANAGER").map((s) => s.id),
      partnerIds: partners.map((p) => p.id),
      tagIds: tags.map((t) => t.id),
    })) {
      batch.projects = generateProjects(batch.customers, now);
      if (writer) {
        writer.write(batch);
      } else {
        // An interactive transaction with room to spare: on a busy machine one batch of 2,000
        // customers took longer than the 5 s a batch transaction gets through a driver adapter.
        await db.$transaction(
          async (tx) => {
            await tx.customer.createMany({ data: batch.customers as never });
            await tx.customerWarning.createMany({ data: batch.warnings });
            await tx.contract.createMany({ data: batch.contracts as never });
            await tx.scanner.createMany({ data: batch.scanners as never });
            await tx.monthlyUsage.createMany({ data: batch.usage as never });
            await tx.customerTag.createMany({ data: batch.tags });
            await tx.account.createMany({ data: (batch.accounts ?? []) as never });
            await tx.project.createMany({ data: (batch.projects ?? []) as never });
          },
          { timeout: 300_000, maxWait: 60_000 },
        );
      }
      inserted += batch.customers.length;
      if (count >= 10_000 && inserted % 10_000 === 0) console.log(`  ${inserted} customers...`);
    }
  } finally {
    writer?.close();
  }
  await seedLocationsAndAssets(db, { sqliteFile, now });
  await seedRevenueRecords(db, now);
  if (isPostgres()) await syncPgSequences(db);
  await seedRisk(db, now); // last: the stored risk reads every other seed function's rows
  console.log(`Seeded ${inserted + seedCustomers.length} customers and ${DEMO_STAFF.length} staff users in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .then(() => getDb().$disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await getDb().$disconnect();
    process.exit(1);
  });
