-- Import jobs validate once in the background and store each row's result (decision 032).
ALTER TABLE "ImportJob" ADD COLUMN "preview" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ImportJob" ADD COLUMN "validated" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD COLUMN "validCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD COLUMN "problemCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD COLUMN "newCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD COLUMN "existingCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "ImportJob" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "ImportJob" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "ImportJob_status_leaseUntil_idx" ON "ImportJob"("status", "leaseUntil");

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "existingId" INTEGER,
    "input" TEXT,
    "cells" TEXT,
    "issues" TEXT NOT NULL DEFAULT '[]',
    "outcome" TEXT,
    CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportRow_jobId_valid_row_idx" ON "ImportRow"("jobId", "valid", "row");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_jobId_row_key" ON "ImportRow"("jobId", "row");

-- Jobs from before: a reviewed job has no stored rows, so its mapping is saved again (which checks
-- its rows). A job left running (stuck, as no instance holds it) fails, with a retry.
UPDATE "ImportJob" SET "status" = 'mapping' WHERE "status" = 'review';
UPDATE "ImportJob" SET "status" = 'failed', "message" = 'The import stopped when its server stopped. Try again: rows already imported are matched, not duplicated.' WHERE "status" = 'running';
