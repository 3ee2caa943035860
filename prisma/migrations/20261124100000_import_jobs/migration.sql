-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdById" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'review',
    "mapping" TEXT NOT NULL DEFAULT '{}',
    "fileData" BLOB,
    "fileSize" INTEGER NOT NULL DEFAULT 0,
    "invalidRows" TEXT NOT NULL DEFAULT 'valid',
    "existingRows" TEXT NOT NULL DEFAULT 'skip',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ImportJob" ("created", "createdAt", "createdById", "failed", "fileName", "finishedAt", "id", "mapping", "skipped", "status", "totalRows", "updated") SELECT "created", "createdAt", "createdById", "failed", "fileName", "finishedAt", "id", "mapping", "skipped", "status", "totalRows", "updated" FROM "ImportJob";
DROP TABLE "ImportJob";
ALTER TABLE "new_ImportJob" RENAME TO "ImportJob";
CREATE INDEX "ImportJob_createdById_createdAt_idx" ON "ImportJob"("createdById", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

