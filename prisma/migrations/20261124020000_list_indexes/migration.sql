-- DropIndex
DROP INDEX "Customer_archivedAt_createdAt_id_idx";

-- DropIndex
DROP INDEX "Customer_archivedAt_nameSort_id_idx";

-- CreateIndex
CREATE INDEX "Customer_archivedAt_createdAt_id_searchText_idx" ON "Customer"("archivedAt", "createdAt", "id", "searchText");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_nameSort_id_searchText_idx" ON "Customer"("archivedAt", "nameSort", "id", "searchText");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_idx" ON "Customer"("archivedAt");

