-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Customer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameSort" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'trial',
    "origin" TEXT NOT NULL DEFAULT 'manage',
    "partnerId" INTEGER,
    "accountManagerId" INTEGER,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "billingEmail" TEXT,
    "billingContact" TEXT,
    "organisationNumber" TEXT,
    "externalId" TEXT,
    "industryCode" TEXT,
    "notes" TEXT,
    "trialEndsAt" DATETIME,
    "website" TEXT,
    "hasWarnings" BOOLEAN NOT NULL DEFAULT false,
    "mrrMinor" BIGINT NOT NULL DEFAULT 0,
    "arrMinor" BIGINT NOT NULL DEFAULT 0,
    "subscriptionCount" INTEGER NOT NULL DEFAULT 0,
    "userCount" INTEGER NOT NULL DEFAULT 0,
    "riskScore" INTEGER NOT NULL DEFAULT 0,
    "riskLevel" TEXT NOT NULL DEFAULT 'low',
    "riskFindings" TEXT NOT NULL DEFAULT '[]',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Customer_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Customer_accountManagerId_fkey" FOREIGN KEY ("accountManagerId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Customer" ("accountManagerId", "addressLine1", "addressLine2", "archivedAt", "billingContact", "billingEmail", "city", "country", "createdAt", "externalId", "hasWarnings", "id", "industryCode", "name", "nameSort", "notes", "organisationNumber", "origin", "partnerId", "postalCode", "region", "searchText", "status", "trialEndsAt", "updatedAt", "website") SELECT "accountManagerId", "addressLine1", "addressLine2", "archivedAt", "billingContact", "billingEmail", "city", "country", "createdAt", "externalId", "hasWarnings", "id", "industryCode", "name", "nameSort", "notes", "organisationNumber", "origin", "partnerId", "postalCode", "region", "searchText", "status", "trialEndsAt", "updatedAt", "website" FROM "Customer";
DROP TABLE "Customer";
ALTER TABLE "new_Customer" RENAME TO "Customer";
CREATE INDEX "Customer_archivedAt_createdAt_id_searchText_idx" ON "Customer"("archivedAt", "createdAt", "id", "searchText");
CREATE INDEX "Customer_archivedAt_nameSort_id_searchText_idx" ON "Customer"("archivedAt", "nameSort", "id", "searchText");
CREATE INDEX "Customer_archivedAt_idx" ON "Customer"("archivedAt");
CREATE INDEX "Customer_hasWarnings_archivedAt_createdAt_id_idx" ON "Customer"("hasWarnings", "archivedAt", "createdAt", "id");
CREATE INDEX "Customer_status_archivedAt_createdAt_id_idx" ON "Customer"("status", "archivedAt", "createdAt", "id");
CREATE INDEX "Customer_status_origin_archivedAt_nameSort_id_idx" ON "Customer"("status", "origin", "archivedAt", "nameSort", "id");
CREATE INDEX "Customer_origin_archivedAt_createdAt_id_idx" ON "Customer"("origin", "archivedAt", "createdAt", "id");
CREATE INDEX "Customer_organisationNumber_idx" ON "Customer"("organisationNumber");
CREATE INDEX "Customer_externalId_idx" ON "Customer"("externalId");
CREATE INDEX "Customer_partnerId_idx" ON "Customer"("partnerId");
CREATE INDEX "Customer_accountManagerId_idx" ON "Customer"("accountManagerId");
CREATE TABLE "new_Subscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "product" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unitPriceMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "billingPeriod" TEXT NOT NULL DEFAULT 'monthly',
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Subscription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscription" ("billingPeriod", "createdAt", "currency", "customerId", "endDate", "id", "product", "quantity", "startDate", "unitPriceMinor") SELECT "billingPeriod", "createdAt", "currency", "customerId", "endDate", "id", "product", "quantity", "startDate", "unitPriceMinor" FROM "Subscription";
DROP TABLE "Subscription";
ALTER TABLE "new_Subscription" RENAME TO "Subscription";
CREATE INDEX "Subscription_customerId_idx" ON "Subscription"("customerId");
CREATE TABLE "new_Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "orderedAt" DATETIME NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "status" TEXT NOT NULL DEFAULT 'open',
    CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("currency", "customerId", "id", "number", "orderedAt", "status", "totalMinor") SELECT "currency", "customerId", "id", "number", "orderedAt", "status", "totalMinor" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");
CREATE INDEX "Order_customerId_orderedAt_idx" ON "Order"("customerId", "orderedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

