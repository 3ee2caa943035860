-- CreateIndex
CREATE INDEX "MonthlyUsage_month_customerId_studies_idx" ON "MonthlyUsage"("month", "customerId", "studies");

