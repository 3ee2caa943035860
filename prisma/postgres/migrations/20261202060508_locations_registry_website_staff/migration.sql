-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "demoPassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "website" TEXT COLLATE "C";

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" SERIAL NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "tokenHash" TEXT COLLATE "C" NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT COLLATE "C" NOT NULL,
    "clientAddress" TEXT COLLATE "C" NOT NULL,
    "outcome" TEXT COLLATE "C" NOT NULL,
    "staffUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerRegistryCheck" (
    "customerId" INTEGER NOT NULL,
    "organisationNumber" TEXT COLLATE "C" NOT NULL,
    "outcome" TEXT COLLATE "C",
    "bankrupt" BOOLEAN NOT NULL DEFAULT false,
    "underLiquidation" BOOLEAN NOT NULL DEFAULT false,
    "forcedLiquidation" BOOLEAN NOT NULL DEFAULT false,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "bankruptSince" TEXT COLLATE "C",
    "liquidationSince" TEXT COLLATE "C",
    "forcedSince" TEXT COLLATE "C",
    "removedOn" TEXT COLLATE "C",
    "registryName" TEXT COLLATE "C",
    "registryAddress" TEXT COLLATE "C",
    "registryPostalCode" TEXT COLLATE "C",
    "registryCity" TEXT COLLATE "C",
    "registryCountry" TEXT COLLATE "C",
    "registryChangedOn" TEXT COLLATE "C",
    "answeredAt" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT COLLATE "C",
    "lastErrorAt" TIMESTAMP(3),

    CONSTRAINT "CustomerRegistryCheck_pkey" PRIMARY KEY ("customerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_clientAddress_createdAt_idx" ON "SignInAttempt"("clientAddress", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "CustomerRegistryCheck_checkedAt_idx" ON "CustomerRegistryCheck"("checkedAt");

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRegistryCheck" ADD CONSTRAINT "CustomerRegistryCheck_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data, as in SQLite's 20261202010001_audit_entity_types: one spelling per audited record kind.
UPDATE "AuditLog" SET "entityType" = 'customer' WHERE "entityType" = 'Customer';
UPDATE "AuditLog" SET "entityType" = 'api_token' WHERE "entityType" = 'ApiToken';
UPDATE "AuditLog" SET "entityType" = 'import_job' WHERE "entityType" = 'ImportJob';
