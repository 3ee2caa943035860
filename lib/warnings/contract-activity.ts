import type { WarningContract } from "./types";
import { utcDay } from "./utc-day";

/** A contract is active from its start day through its end day (inclusive), forever when it has
 * no end or renews automatically, and never after staff ended it. */
export function isContractActive(contract: WarningContract, now: Date): boolean {
  const today = utcDay(now);
  if (contract.endedAt && utcDay(contract.endedAt) <= today) return false;
  if (utcDay(contract.startDate) > today) return false;
  if (contract.endDate === null || contract.autoRenew) return true;
  return utcDay(contract.endDate) >= today;
}

/** A contract that ran out by its own end date: the end day has passed, it does not renew, and
 * staff did not end it (a contract staff ended was stopped on purpose, it did not lapse). */
export function hasContractLapsed(contract: WarningContract, now: Date): boolean {
  if (contract.endedAt !== null || contract.autoRenew || contract.endDate === null) return false;
  return utcDay(contract.endDate) < utcDay(now);
}
