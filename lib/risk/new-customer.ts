// The stored risk of a customer created in a batch (lib/customers/create-many.ts): it has no
// contracts, scanners, usage, orders or subscriptions yet, so only its warnings and its status
// count. The same scoreRisk as every recompute, so a later recompute finds nothing to change.
import { scoreRisk } from "./score";
import { toStoredRisk } from "./stored";

/** riskScore, riskLevel, riskFindings, in that order (the batch insert's columns). */
export function newCustomerRisk(status: string, warningRules: readonly string[], now: Date): [number, string, string] {
  const stored = toStoredRisk(
    scoreRisk({ status, archivedAt: null, warningRules, contracts: [], scanners: [], usage: [], orders: [], paymentTermsDays: null, subscriptions: [] }, now),
  );
  return [stored.riskScore, stored.riskLevel, stored.riskFindings];
}
