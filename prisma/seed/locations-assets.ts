// Demo locations and assets: seed 000's customers get named sites with seed 001's two cross cases
// (README, "Demo data"), and every generated customer gets about 2 sites and 6 assets. On a
// SQLite file the generated rows go through prepared statements (100,000 customers' worth in
// seconds), anywhere else through Prisma's createMany.
import Database from "better-sqlite3";
import type { PrismaClient } from "../../generated/prisma/client";
import { createLocationsAssetsGenerator, type LocationsAssetsBatch, type SeedCustomer } from "./generate-locations-assets";

const FIRST_GENERATED_CUSTOMER = 164;
const CHUNK = 5_000;

async function seedNamed(db: PrismaClient) {
  const named = await db.customer.count({ where: { id: { in: [159, 162, 163] } } });
  if (named < 3) return;
  const site = (customerId: number, name: string, rest: Record<string, unknown> = {}) =>
    db.location.create({ data: { customerId, name, country: "US", ...rest } });
  const hayden = await site(159, "Hayden Parker Clinic", { addressLine1: "12 Ajo Well Rd", city: "Why", region: "Arizona", postalCode: "85321" });
  await site(159, "Why Outpatient Annex", { addressLine1: "40 Organ Pipe Dr", city: "Why", region: "Arizona", postalCode: "85321" });
  const oldClinic = await site(159, "Old Why Clinic", { city: "Why", region: "Arizona", status: "inactive", archivedAt: new Date("2019-06-30T00:00:00Z") });
  const gerald = await site(162, "Gerald Dean Imaging", { addressLine1: "700 Mill Ave", city: "Tempe", region: "Arizona", postalCode: "85281" });
  const bayside = await site(163, "Bayside High", { addressLine1: "Bayside High", city: "Kellyland", region: "KL", postalCode: "31111" });
  await db.asset.createMany({
    data: [
      { serial: "VE8-HP-0001", model: "Voluson E8", type: "ultrasound_scanner", ownerCustomerId: 159, locationId: hayden.id },
      // Hardware as a service: Gerald Dean's scanner stands at Hayden Parker's clinic.
      { serial: "VE8-GD-0417", model: "Voluson E8", type: "ultrasound_scanner", ownerCustomerId: 162, locationId: hayden.id },
      { serial: "C1-5-HP-0002", model: "C1-5-D", type: "probe", ownerCustomerId: 159, locationId: hayden.id },
      { serial: "VP6-HP-0003", model: "ViewPoint 6 workstation", type: "workstation", status: "retired", ownerCustomerId: 159, locationId: oldClinic.id },
      { serial: "E10-GD-0001", model: "Voluson E10", type: "ultrasound_scanner", ownerCustomerId: 162, locationId: gerald.id },
      // Returned for repair: Zack Morris's probe is at Gerald Dean Imaging, not at his school.
      { serial: "RAB6-ZM-0001", model: "RAB6-D", type: "probe", status: "in_repair", ownerCustomerId: 163, locationId: gerald.id },
      { serial: "UPD-ZM-0002", model: "Sony UP-D898MD", type: "printer", ownerCustomerId: 163, locationId: bayside.id },
    ],
  });
}

/** A value as Prisma's SQLite adapter binds it (prisma/seed/sqlite-writer.ts). */
const toSqlite = (value: unknown) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value ?? null);

function sqliteBatchWriter(file: string) {
  const sqlite = new Database(file, { timeout: 5_000 });
  const readChunk = sqlite.prepare(
    `SELECT "id", "name", "city", "region", "country", "postalCode" FROM "Customer" WHERE "id" >= ? ORDER BY "id" LIMIT ${CHUNK}`,
  );
  const insertLocation = sqlite.prepare(
    `INSERT INTO "Location" ("id", "customerId", "name", "addressLine1", "postalCode", "city", "region", "country", "status", "archivedAt", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAsset = sqlite.prepare(
    `INSERT INTO "Asset" ("id", "serial", "model", "type", "status", "ownerCustomerId", "locationId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const write = sqlite.transaction((batch: LocationsAssetsBatch) => {
    for (const l of batch.locations) {
      insertLocation.run([l.id, l.customerId, l.name, l.addressLine1, l.postalCode, l.city, l.region, l.country, l.status, l.archivedAt, l.createdAt].map(toSqlite));
    }
    for (const a of batch.assets) insertAsset.run([a.id, a.serial, a.model, a.type, a.status, a.ownerCustomerId, a.locationId, a.createdAt].map(toSqlite));
  });
  return {
    read: async (fromId: number) => readChunk.all(fromId) as SeedCustomer[],
    write: async (batch: LocationsAssetsBatch) => write(batch),
    close: () => sqlite.close(),
  };
}

function prismaBatchWriter(db: PrismaClient) {
  return {
    read: (fromId: number) =>
      db.customer.findMany({
        where: { id: { gte: fromId } },
        select: { id: true, name: true, city: true, region: true, country: true, postalCode: true },
        orderBy: { id: "asc" },
        take: CHUNK,
      }),
    write: async (batch: LocationsAssetsBatch) => {
      // Interactive, with room to spare: a batch transaction gets 5 s through a driver adapter.
      await db.$transaction(
        async (tx) => {
          await tx.location.createMany({ data: batch.locations });
          await tx.asset.createMany({ data: batch.assets });
        },
        { timeout: 300_000, maxWait: 60_000 },
      );
    },
    close: () => {},
  };
}

/** Seeds both parts; `sqliteFile` is the database file for the fast path, or null for Prisma. */
export async function seedLocationsAndAssets(db: PrismaClient, options: { sqliteFile: string | null; now: Date }) {
  await seedNamed(db);
  const generated = await db.customer.aggregate({ where: { id: { gte: FIRST_GENERATED_CUSTOMER } }, _min: { id: true }, _max: { id: true } });
  if (generated._min.id === null || generated._max.id === null) return;
  const [lastLocation, lastAsset] = await Promise.all([db.location.aggregate({ _max: { id: true } }), db.asset.aggregate({ _max: { id: true } })]);
  const generate = createLocationsAssetsGenerator({
    firstLocationId: (lastLocation._max.id ?? 0) + 1,
    firstAssetId: (lastAsset._max.id ?? 0) + 1,
    now: options.now,
    ownerIds: { first: generated._min.id, last: generated._max.id },
  });
  const writer = options.sqliteFile ? sqliteBatchWriter(options.sqliteFile) : prismaBatchWriter(db);
  try {
    for (let fromId = generated._min.id; ; ) {
      const customers = await writer.read(fromId);
      if (customers.length === 0) break;
      await writer.write(generate(customers));
      fromId = customers[customers.length - 1].id + 1;
    }
  } finally {
    writer.close();
  }
}
