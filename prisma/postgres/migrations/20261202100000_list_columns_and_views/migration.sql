-- CreateTable
CREATE TABLE "ListPreference" (
    "id" SERIAL NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "list" TEXT COLLATE "C" NOT NULL,
    "columns" TEXT COLLATE "C" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedListView" (
    "id" SERIAL NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "list" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "query" TEXT COLLATE "C" NOT NULL,
    "columns" TEXT COLLATE "C" NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedListView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ListPreference_staffUserId_list_key" ON "ListPreference"("staffUserId", "list");

-- CreateIndex
CREATE INDEX "SavedListView_list_shared_idx" ON "SavedListView"("list", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "SavedListView_ownerId_list_name_key" ON "SavedListView"("ownerId", "list", "name");

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

-- AddForeignKey
ALTER TABLE "ListPreference" ADD CONSTRAINT "ListPreference_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedListView" ADD CONSTRAINT "SavedListView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

