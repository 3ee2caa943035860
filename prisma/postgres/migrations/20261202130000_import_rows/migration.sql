-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "existingCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" TEXT COLLATE "C",
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "newCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "preview" TEXT COLLATE "C" NOT NULL DEFAULT '',
ADD COLUMN     "problemCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "validCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "validated" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" SERIAL NOT NULL,
    "jobId" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "existingId" INTEGER,
    "input" TEXT COLLATE "C",
    "cells" TEXT COLLATE "C",
    "issues" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "outcome" TEXT COLLATE "C",

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRow_jobId_valid_row_idx" ON "ImportRow"("jobId", "valid", "row");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_jobId_row_key" ON "ImportRow"("jobId", "row");

-- CreateIndex
CREATE INDEX "ImportJob_status_leaseUntil_idx" ON "ImportJob"("status", "leaseUntil");

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Jobs from before: a reviewed job has no stored rows, so its mapping is saved again (which checks
-- its rows). A job left running (stuck, as no instance holds it) fails, with a retry.
UPDATE "ImportJob" SET "status" = 'mapping' WHERE "status" = 'review';
UPDATE "ImportJob" SET "status" = 'failed', "message" = 'The import stopped when its server stopped. Try again: rows already imported are matched, not duplicated.' WHERE "status" = 'running';
