import type { WarningContract } from "./types";

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** A contract is active from its start day through its end day (inclusive), forever when it has
 * no end or renews automatically, and never after staff ended it. */
export function isContractActive(contract: WarningContract, now: Date): boolean {
  const today = utcDay(now);
  if (contract.endedAt && utcDay(contract.endedAt) <= today) return false;
  if (utcDay(contract.startDate) > today) return false;
  if (contract.endDate === null || contract.autoRenew) return true;
  return utcDay(contract.endDate) >= today;
}
