// Small builders for integration tests: real rows in the test's own database.
import { getDb } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit/write-audit-log";

let counter = 0;

export async function createStaffActor(role = "ACCOUNT_MANAGER"): Promise<AuditActor> {
  counter += 1;
  const email = `staff${counter}-${Date.now()}@example.com`;
  const user = await getDb().staffUser.create({ data: { email, name: `Staff ${counter}`, role, passwordHash: "x" } });
  return { id: user.id, label: user.email };
}

export async function addContract(
  customerId: number,
  overrides: Partial<{ startDate: Date; endDate: Date | null; autoRenew: boolean; endedAt: Date | null }> = {},
) {
  return getDb().contract.create({
    data: {
      customerId,
      type: "per_study",
      startDate: new Date("2024-01-01T00:00:00Z"),
      endDate: null,
      unitPriceMinor: 100,
      autoRenew: false,
      ...overrides,
    },
  });
}
