-- CreateTable
CREATE TABLE "CustomerRegistryCheck" (
    "customerId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationNumber" TEXT NOT NULL,
    "outcome" TEXT,
    "bankrupt" BOOLEAN NOT NULL DEFAULT false,
    "underLiquidation" BOOLEAN NOT NULL DEFAULT false,
    "forcedLiquidation" BOOLEAN NOT NULL DEFAULT false,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "bankruptSince" TEXT,
    "liquidationSince" TEXT,
    "forcedSince" TEXT,
    "removedOn" TEXT,
    "registryName" TEXT,
    "registryAddress" TEXT,
    "registryPostalCode" TEXT,
    "registryCity" TEXT,
    "registryCountry" TEXT,
    "registryChangedOn" TEXT,
    "answeredAt" DATETIME,
    "checkedAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "lastErrorAt" DATETIME,
    CONSTRAINT "CustomerRegistryCheck_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CustomerRegistryCheck_checkedAt_idx" ON "CustomerRegistryCheck"("checkedAt");

