-- CreateIndex
CREATE INDEX "Customer_archivedAt_subscriptionCount_id_idx" ON "Customer"("archivedAt", "subscriptionCount", "id");

-- CreateIndex
CREATE INDEX "Customer_archivedAt_userCount_id_idx" ON "Customer"("archivedAt", "userCount", "id");
