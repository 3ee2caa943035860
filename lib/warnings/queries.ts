// Reads for the /warnings overview: how many customers break each rule, from the stored warnings.
import { getDb } from "../db/client";
import { WARNING_RULES } from "./rules";
import type { WarningSeverity } from "./types";

export type WarningRuleCount = { id: string; message: string; severity: WarningSeverity; customers: number };
export type WarningOverview = { rules: WarningRuleCount[]; customersWithAnyWarning: number };

/** One grouped count over CustomerWarning (its (rule, customerId) index) and one count of the
 * flagged customers. Archived customers carry no warnings (evaluate.ts), so every stored warning
 * belongs to an active customer and no join is needed. */
export async function getWarningOverview(): Promise<WarningOverview> {
  const db = getDb();
  const [groups, customersWithAnyWarning] = await Promise.all([
    db.customerWarning.groupBy({ by: ["rule"], _count: { _all: true } }),
    db.customer.count({ where: { hasWarnings: true, archivedAt: null } }),
  ]);
  const counts = new Map(groups.map((group) => [group.rule, group._count._all]));
  return {
    rules: WARNING_RULES.map(({ id, message, severity }) => ({ id, message, severity, customers: counts.get(id) ?? 0 })),
    customersWithAnyWarning,
  };
}
