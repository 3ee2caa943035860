// One export row (what lib/export/rows reads for a customer) for the export format tests;
// each test overrides only what it is about.
import type { ExportRow } from "@/lib/export/rows";

export function exportRow(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    id: 159,
    name: "Hayden Parker",
    status: "paying",
    origin: "manage",
    city: "Why",
    region: "Arizona",
    country: "US",
    createdAt: new Date("2017-09-11T15:00:00Z"),
    accountManager: { name: "Bree Test" },
    warnings: [],
    subscriptionCount: 2,
    userCount: 3,
    mrrMinor: 123456n,
    arrMinor: 1481472n,
    currency: "NOK",
    riskScore: 65,
    riskLevel: "high",
    updatedAt: new Date("2024-05-06T07:00:00Z"),
    extra: [],
    ...overrides,
  };
}
