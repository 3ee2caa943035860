// Keeps one customer's stored RISC score in step with its data, inside the caller's transaction.
// recomputeCustomerWarnings (lib/warnings/recompute.ts) ends with storeCustomerRisk, reading the
// risk's rows in its own query, so every write that recomputes warnings recomputes risk too, from
// the warnings it has just stored.
import type { Tx } from "../db/client";
import { addMonths, currentMonth } from "../usage/month-range";
import type { WarningContract, WarningScanner } from "../warnings/types";
import { USAGE_MONTHS } from "./findings";
import { scoreRisk } from "./score";
import { sameStoredRisk, toStoredRisk, type StoredRisk } from "./stored";
import type { RiskResult } from "./types";

/** The first month the usage finding can look at (findings.ts: the last complete month and the
 * USAGE_MONTHS before it). */
export function firstUsageMonth(now: Date): string {
  return addMonths(currentMonth(now), -(USAGE_MONTHS + 1));
}

/** What the score reads beyond the warnings' subject, for Prisma selects of a customer. */
export function riskSelect(now: Date) {
  return {
    riskScore: true, riskLevel: true, riskFindings: true,
    monthlyUsage: { where: { month: { gte: firstUsageMonth(now) } }, select: { month: true, studies: true } },
    orders: { where: { status: "open" }, select: { status: true, orderedAt: true } },
    settings: { select: { paymentTermsDays: true } },
    subscriptions: { select: { startDate: true, endDate: true } },
  } as const;
}

export type LoadedRiskCustomer = StoredRisk & {
  status: string;
  archivedAt: Date | null;
  updatedAt: Date;
  contracts: WarningContract[];
  scanners: WarningScanner[];
  monthlyUsage: { month: string; studies: number }[];
  orders: { status: string; orderedAt: Date }[];
  settings: { paymentTermsDays: number } | null;
  subscriptions: { startDate: Date; endDate: Date | null }[];
};

/** Scores a customer loaded with riskSelect and the warnings' subject, given its open warnings,
 * and stores the result when it changed. */
export async function storeCustomerRisk(tx: Tx, customerId: number, customer: LoadedRiskCustomer, warningRules: readonly string[], now: Date): Promise<RiskResult> {
  const result = scoreRisk(
    { ...customer, warningRules, usage: customer.monthlyUsage, paymentTermsDays: customer.settings?.paymentTermsDays ?? null },
    now,
  );
  const stored = toStoredRisk(result);
  // A derived value is not an edit: written only when it changed, keeping "Updated" as it was.
  if (!sameStoredRisk(stored, customer)) {
    await tx.customer.update({ where: { id: customerId }, data: { ...stored, updatedAt: customer.updatedAt }, select: { id: true } });
  }
  return result;
}

/** Recomputes one customer's risk from its stored rows, its warnings as stored. */
export async function recomputeCustomerRisk(tx: Tx, customerId: number, now = new Date()): Promise<RiskResult> {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: {
      status: true, archivedAt: true, updatedAt: true, ...riskSelect(now),
      warnings: { select: { rule: true } },
      contracts: { select: { type: true, startDate: true, endDate: true, autoRenew: true, endedAt: true, sendInvoicesAutomatically: true } },
      scanners: { select: { lastSeenAt: true, archivedAt: true } },
    },
  });
  return storeCustomerRisk(tx, customerId, customer, customer.warnings.map((warning) => warning.rule), now);
}
