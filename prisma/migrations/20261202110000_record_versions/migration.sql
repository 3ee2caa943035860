-- Record versions (decision 029): every write bumps them; a write sent against an older one is refused.
ALTER TABLE "Customer" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Account" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Contract" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Subscription" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Order" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "CustomerUser" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "CustomerSettings" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditLog" ADD COLUMN "entityVersion" INTEGER;
