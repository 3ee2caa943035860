// Proration by day: a contract bills the share of a month it was active in, counted in whole UTC
// days. Pure; amounts stay integer minor units (bigint) and round half up to the minor unit.
import { DAY_MS, utcDay } from "../warnings/utc-day";
import type { BillingMonth } from "./preview";

/** The dates that decide on which days a contract is active (see isContractActive). */
export type ContractSpan = { startDate: Date; endDate: Date | null; autoRenew: boolean; endedAt: Date | null };

export function daysInMonth(month: BillingMonth): number {
  return Math.round((month.end.getTime() - month.start.getTime()) / DAY_MS);
}

/** The UTC midnight of the contract's last active day, or null when it runs on. Ending it on a
 * day makes that day inactive (isContractActive: `endedAt <= today` is not active); an end date
 * is its last active day unless the contract renews automatically. */
function lastActiveDay(contract: ContractSpan): number | null {
  const candidates: number[] = [];
  if (contract.endedAt) candidates.push(utcDay(contract.endedAt) - DAY_MS);
  if (contract.endDate && !contract.autoRenew) candidates.push(utcDay(contract.endDate));
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** The days of `month` on which the contract was (or, for the rest of the current month, will
 * be) active by its terms: 0 for a contract starting after the month or ended before it. */
export function activeDaysInMonth(contract: ContractSpan, month: BillingMonth): number {
  const first = Math.max(utcDay(contract.startDate), month.start.getTime());
  const monthLast = month.end.getTime() - DAY_MS;
  const last = Math.min(lastActiveDay(contract) ?? monthLast, monthLast);
  if (last < first) return 0;
  return Math.round((last - first) / DAY_MS) + 1;
}

/** amount × activeDays / days, rounded half up to the minor unit (amounts are never negative). */
export function prorateMinor(amountMinor: bigint, activeDays: number, days: number): bigint {
  if (activeDays >= days) return amountMinor;
  if (activeDays <= 0) return 0n;
  const numerator = amountMinor * BigInt(activeDays) * 2n + BigInt(days);
  return numerator / (BigInt(days) * 2n);
}
