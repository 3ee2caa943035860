-- CreateTable
CREATE TABLE "ListPreference" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "staffUserId" INTEGER NOT NULL,
    "list" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ListPreference_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedListView" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" INTEGER NOT NULL,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedListView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Customer_archivedAt_arrMinor_id_idx" ON "Customer"("archivedAt", "arrMinor", "id");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_mrrMinor_id_idx" ON "Customer"("archivedAt", "mrrMinor", "id");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_riskScore_id_mrrMinor_idx" ON "Customer"("archivedAt", "riskScore", "id", "mrrMinor");

-- CreateIndex
CREATE INDEX "Customer_riskLevel_archivedAt_createdAt_id_idx" ON "Customer"("riskLevel", "archivedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_updatedAt_id_idx" ON "Customer"("archivedAt", "updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ListPreference_staffUserId_list_key" ON "ListPreference"("staffUserId", "list");

-- CreateIndex
CREATE UNIQUE INDEX "SavedListView_ownerId_list_name_key" ON "SavedListView"("ownerId", "list", "name");

-- CreateIndex
CREATE INDEX "SavedListView_list_shared_idx" ON "SavedListView"("list", "shared");
