// The customer-page suite's customer, topped up for the overview, Projects and Audit log tabs:
// 50 locations, 500 assets at them (one in ten owned by another customer, hardware as a
// service), 20 projects in every status and 1,000 audit rows. Rows already there are kept, so
// the setup is idempotent and shares the counts with other suites that add the same kinds.
import type Database from "better-sqlite3";

export const OVERVIEW_LOCATIONS = 50;
export const OVERVIEW_ASSETS = 500;
export const OVERVIEW_PROJECTS = 20;
export const OVERVIEW_AUDIT_ROWS = 1_000;

const DAY = 86_400_000;
/** A Date as @prisma/adapter-better-sqlite3 stores it (prisma/seed/sqlite-writer.ts). */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");
const count = (db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

export type OverviewCounts = { locations: number; assetsOnLocation: number; projects: number; auditRows: number };

export function ensureOverviewData(db: Database.Database, customerId: number): OverviewCounts {
  const now = new Date();
  const today = Math.floor(now.getTime() / DAY) * DAY;
  db.transaction(() => {
    const location = db.prepare(`INSERT INTO "Location" ("customerId", "name", "city", "country", "status", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`);
    for (let n = count(db, `SELECT COUNT(*) FROM "Location" WHERE "customerId" = ?`, customerId) + 1; n <= OVERVIEW_LOCATIONS; n++) {
      location.run(customerId, `Bench site ${n}`, `City ${n % 7}`, ["NO", "SE", "US", "DK"][n % 4], n % 10 === 0 ? "inactive" : "active", sqliteDate(now));
    }
    const siteIds = db.prepare(`SELECT "id" FROM "Location" WHERE "customerId" = ? ORDER BY "id"`).pluck().all(customerId) as number[];
    const other = count(db, `SELECT MIN("id") FROM "Customer" WHERE "id" <> ?`, customerId);
    const asset = db.prepare(`INSERT INTO "Asset" ("serial", "model", "type", "status", "ownerCustomerId", "locationId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const onSite = count(db, `SELECT COUNT(*) FROM "Asset" WHERE "locationId" IN (SELECT "id" FROM "Location" WHERE "customerId" = ?)`, customerId);
    for (let n = onSite + 1; n <= OVERVIEW_ASSETS; n++) {
      const status = n % 20 === 0 ? "retired" : n % 7 === 0 ? "in_repair" : "in_service";
      asset.run(`BENCH-OV-${customerId}-${n}`, "Voluson E8", ["ultrasound", "workstation", "printer", "router"][n % 4], status, n % 10 === 0 ? other : customerId, siteIds[n % siteIds.length], sqliteDate(now));
    }
    const project = db.prepare(`INSERT INTO "Project" ("customerId", "name", "startDate", "endDate", "billedMinor", "paidMinor", "currency", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let n = count(db, `SELECT COUNT(*) FROM "Project" WHERE "customerId" = ?`, customerId) + 1; n <= OVERVIEW_PROJECTS; n++) {
      // Thirds past, active and upcoming; two currencies.
      const start = today + [-400, -30, 30][n % 3] * DAY;
      const end = start + [200, 120, 60][n % 3] * DAY;
      project.run(customerId, `Bench project ${n}`, sqliteDate(new Date(start)), sqliteDate(new Date(end)), 100_000 * n, 60_000 * n, n % 4 === 0 ? "EUR" : "USD", sqliteDate(now));
    }
    const audit = db.prepare(`INSERT INTO "AuditLog" ("action", "actorId", "actorLabel", "entityType", "entityId", "customerId", "changes", "createdAt") VALUES (?, NULL, 'bench', ?, ?, ?, ?, ?)`);
    const kinds = [["project.updated", "project"], ["customer.updated", "customer"], ["contract.updated", "contract"], ["account.updated", "account"]] as const;
    for (let n = count(db, `SELECT COUNT(*) FROM "AuditLog" WHERE "customerId" = ?`, customerId) + 1; n <= OVERVIEW_AUDIT_ROWS; n++) {
      const [action, entityType] = kinds[n % kinds.length];
      const changes = JSON.stringify({ name: { before: `Before ${n}`, after: `After ${n}` }, paid: { before: "10.00", after: "20.00" } });
      audit.run(action, entityType, String(n), customerId, changes, sqliteDate(new Date(now.getTime() - (OVERVIEW_AUDIT_ROWS - n) * 60_000)));
    }
  })();
  return {
    locations: count(db, `SELECT COUNT(*) FROM "Location" WHERE "customerId" = ?`, customerId),
    assetsOnLocation: count(db, `SELECT COUNT(*) FROM "Asset" WHERE "locationId" IN (SELECT "id" FROM "Location" WHERE "customerId" = ?)`, customerId),
    projects: count(db, `SELECT COUNT(*) FROM "Project" WHERE "customerId" = ?`, customerId),
    auditRows: count(db, `SELECT COUNT(*) FROM "AuditLog" WHERE "customerId" = ?`, customerId),
  };
}
