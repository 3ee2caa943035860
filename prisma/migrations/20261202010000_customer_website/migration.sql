-- Issue 18: the Website field (lib/customers/fields.ts), optional.
ALTER TABLE "Customer" ADD COLUMN "website" TEXT;
