-- Money in 64-bit integers (decision 031): Contract.unitPriceMinor, Project.billedMinor and
-- Project.paidMinor become BIGINT. SQLite stores both as 64-bit integers already; the tables are
-- redefined so the declared type matches the schema (Prisma's RedefineTables pattern), keeping
-- Contract.version (20261202110000_record_versions).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contract" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "unitPriceMinor" BIGINT NOT NULL,
    "includedUnits" INTEGER NOT NULL DEFAULT 0,
    "billingPeriod" TEXT NOT NULL DEFAULT 'monthly',
    "sendInvoicesAutomatically" BOOLEAN NOT NULL DEFAULT true,
    "autoRenew" BOOLEAN NOT NULL DEFAULT true,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Contract_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Contract" ("autoRenew", "billingPeriod", "createdAt", "currency", "customerId", "endDate", "endedAt", "id", "includedUnits", "sendInvoicesAutomatically", "startDate", "type", "unitPriceMinor", "updatedAt", "version") SELECT "autoRenew", "billingPeriod", "createdAt", "currency", "customerId", "endDate", "endedAt", "id", "includedUnits", "sendInvoicesAutomatically", "startDate", "type", "unitPriceMinor", "updatedAt", "version" FROM "Contract";
DROP TABLE "Contract";
ALTER TABLE "new_Contract" RENAME TO "Contract";
CREATE INDEX "Contract_customerId_idx" ON "Contract"("customerId");
CREATE TABLE "new_Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "billedMinor" BIGINT NOT NULL DEFAULT 0,
    "paidMinor" BIGINT NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Project_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("billedMinor", "createdAt", "currency", "customerId", "endDate", "id", "name", "paidMinor", "startDate") SELECT "billedMinor", "createdAt", "currency", "customerId", "endDate", "id", "name", "paidMinor", "startDate" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE INDEX "Project_customerId_idx" ON "Project"("customerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
