-- AlterTable
ALTER TABLE "Location" ADD COLUMN "archivedAt" DATETIME;

