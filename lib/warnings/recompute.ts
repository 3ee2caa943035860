// Keeps the stored warnings (CustomerWarning rows and Customer.hasWarnings) and the risk score
// (lib/risk) in step with the rules. Called inside the transaction of every write that can change
// a rule's outcome or a risk finding.
import type { Tx } from "../db/client";
import { riskSelect, storeCustomerRisk } from "../risk/recompute";
import { evaluateWarnings } from "./evaluate";
import { toWarningRegistry } from "./registry-finding";

/** The columns a WarningSubject is made of, for Prisma selects (here and in recompute-all.ts). */
export const warningSubjectSelect = {
  status: true,
  billingEmail: true,
  trialEndsAt: true,
  archivedAt: true,
  contracts: {
    select: { type: true, startDate: true, endDate: true, autoRenew: true, endedAt: true, sendInvoicesAutomatically: true },
  },
  scanners: { select: { lastSeenAt: true, archivedAt: true } },
  registryCheck: { select: { bankrupt: true, underLiquidation: true, forcedLiquidation: true, removed: true } },
} as const;

export async function recomputeCustomerWarnings(tx: Tx, customerId: number, now = new Date()): Promise<string[]> {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: {
      ...warningSubjectSelect,
      hasWarnings: true,
      updatedAt: true,
      warnings: { select: { rule: true } },
      ...riskSelect(now),
    },
  });
  const subject = { ...customer, registry: toWarningRegistry(customer.registryCheck) };
  const ruleIds = evaluateWarnings(subject, now).map((rule) => rule.id);

  const stored = customer.warnings.map((warning) => warning.rule);
  const toRemove = stored.filter((rule) => !ruleIds.includes(rule));
  const toAdd = ruleIds.filter((rule) => !stored.includes(rule));
  if (toRemove.length > 0) {
    await tx.customerWarning.deleteMany({ where: { customerId, rule: { in: toRemove } } });
  }
  if (toAdd.length > 0) {
    await tx.customerWarning.createMany({ data: toAdd.map((rule) => ({ customerId, rule })) });
  }
  // A derived flag is not an edit: write it only when it flips, and keep "Updated" as it was.
  const hasWarnings = ruleIds.length > 0;
  if (hasWarnings !== customer.hasWarnings) {
    await tx.customer.update({ where: { id: customerId }, data: { hasWarnings, updatedAt: customer.updatedAt } });
  }
  // The risk score counts these warnings, so it follows them in the same transaction.
  await storeCustomerRisk(tx, customerId, customer, ruleIds, now);
  return ruleIds;
}
