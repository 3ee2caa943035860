// A contract's status as the Contracts tab shows it, consistent with isContractActive (the rule
// the warnings use): ended by staff, not started yet, expired, or active.
import { isContractActive } from "../warnings/contract-activity";
import type { WarningContract } from "../warnings/types";

export type ContractStatus = "active" | "ended" | "expired" | "not_started";

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  active: "Active",
  ended: "Ended",
  expired: "Expired",
  not_started: "Not started",
};

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function contractStatus(contract: WarningContract, now: Date): ContractStatus {
  if (isContractActive(contract, now)) return "active";
  const today = utcDay(now);
  if (contract.endedAt && utcDay(contract.endedAt) <= today) return "ended";
  if (utcDay(contract.startDate) > today) return "not_started";
  return "expired";
}
