// Keeps one customer's stored RISC score in step with its data, inside the caller's transaction.
// Called at the end of recomputeCustomerWarnings (lib/warnings/recompute.ts), so every write that
// recomputes warnings recomputes risk too, after the warning rows it counts are written.
import type { Tx } from "../db/client";
import { addMonths, currentMonth } from "../usage/month-range";
import { USAGE_MONTHS } from "./findings";
import { scoreRisk } from "./score";
import { sameStoredRisk, toStoredRisk, type StoredRisk } from "./stored";
import type { RiskResult } from "./types";

/** The first month the usage finding can look at (findings.ts: the last complete month and the
 * USAGE_MONTHS before it). */
export function firstUsageMonth(now: Date): string {
  return addMonths(currentMonth(now), -(USAGE_MONTHS + 1));
}

export async function recomputeCustomerRisk(tx: Tx, customerId: number, now = new Date()): Promise<RiskResult> {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: {
      status: true, archivedAt: true, updatedAt: true, riskScore: true, riskLevel: true, riskFindings: true,
      warnings: { select: { rule: true } },
      contracts: { select: { type: true, startDate: true, endDate: true, autoRenew: true, endedAt: true, sendInvoicesAutomatically: true } },
      scanners: { select: { lastSeenAt: true, archivedAt: true } },
      monthlyUsage: { where: { month: { gte: firstUsageMonth(now) } }, select: { month: true, studies: true } },
      orders: { where: { status: "open" }, select: { status: true, orderedAt: true } },
      settings: { select: { paymentTermsDays: true } },
      subscriptions: { select: { startDate: true, endDate: true } },
    },
  });
  const result = scoreRisk(
    {
      ...customer,
      warningRules: customer.warnings.map((warning) => warning.rule),
      usage: customer.monthlyUsage,
      paymentTermsDays: customer.settings?.paymentTermsDays ?? null,
    },
    now,
  );
  const stored: StoredRisk = toStoredRisk(result);
  // A derived value is not an edit: written only when it changed, keeping "Updated" as it was.
  if (!sameStoredRisk(stored, customer)) {
    await tx.customer.update({ where: { id: customerId }, data: { ...stored, updatedAt: customer.updatedAt }, select: { id: true } });
  }
  return result;
}
