-- CreateIndex
CREATE INDEX "Customer_archivedAt_subscriptionCount_id_idx" ON "Customer"("archivedAt", "subscriptionCount", "id");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_userCount_id_idx" ON "Customer"("archivedAt", "userCount", "id");


-- PostgreSQL only (decision 034, declared in scripts/pg/pg-schema.ts PG_ONLY_INDEXES so the
-- drift check allows them). Under "archivedAt" IS NULL PostgreSQL does not walk the
-- archivedAt-first indexes above in the order of their next column (an IS NULL condition makes no
-- equivalence class), so every list sort of the active customers was a full scan and a top-N
-- sort. These partial indexes hold only the active customers, keyed by each sort.
CREATE INDEX "Customer_active_createdAt_id_idx" ON "Customer"("createdAt", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_nameSort_id_idx" ON "Customer"("nameSort", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_updatedAt_id_idx" ON "Customer"("updatedAt", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_arrMinor_id_idx" ON "Customer"("arrMinor", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_mrrMinor_id_idx" ON "Customer"("mrrMinor", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_riskScore_id_mrrMinor_idx" ON "Customer"("riskScore", "id", "mrrMinor") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_riskLevel_createdAt_id_idx" ON "Customer"("riskLevel", "createdAt", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_subscriptionCount_id_idx" ON "Customer"("subscriptionCount", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX "Customer_active_userCount_id_idx" ON "Customer"("userCount", "id") WHERE "archivedAt" IS NULL;
