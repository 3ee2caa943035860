// The six RISC findings, each a pure function of the customer's stored data. Their weights (in
// tenths) and the reasons for them are in docs/decisions/021-risk-score.md; change both together.
import { DEFAULT_PAYMENT_TERMS_DAYS, daysOverdue, isOrderOverdue } from "../orders/overdue";
import { subscriptionStatus } from "../subscriptions/revenue-math";
import { addMonths, currentMonth } from "../usage/month-range";
import { isContractActive } from "../warnings/contract-activity";
import { WARNING_RULES } from "../warnings/rules";
import { SCANNER_SILENCE_MS, scannerIsSilent } from "../warnings/rules/scanner-not-seen-30-days";
import { DAY_MS, utcDay } from "../warnings/utc-day";
import type { RiskFindingCode, RiskInput } from "./types";

/** A finding before its weight is printed into its text. */
export type RawFinding = { code: RiskFindingCode; weightTenths: number; detail: string };

export const RISK_WEIGHTS = {
  /** Usage falling month over month, by how far it fell: at least 20%, 40%, 60%. */
  usageFalling: [
    { minPercent: 60, tenths: 30 },
    { minPercent: 40, tenths: 20 },
    { minPercent: 20, tenths: 10 },
  ],
  /** Per open warning, by its severity; the finding is capped at openWarningsCap. */
  criticalWarning: 20,
  warning: 10,
  openWarningsCap: 40,
  contractEnding: 25,
  /** Some of the customer's scanners silent / every one of them. */
  someScannersSilent: 15,
  allScannersSilent: 30,
  /** One overdue order / two or more. */
  oneOrderOverdue: 15,
  ordersOverdue: 25,
  payingWithoutSubscription: 20,
} as const;

/** Months of decline looked at, and the fewest in a row that count as a trend, not a bad month. */
export const USAGE_MONTHS = 3;
export const USAGE_MIN_FALLING_MONTHS = 2;
/** A contract ending this many days from today or sooner, without auto-renew, is a finding. */
export const CONTRACT_ENDING_DAYS = 60;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Studies falling month over month through the last complete month (the current one is still
 * filling up). Months without a row after the first one stored count as no studies. */
export function usageFalling(input: RiskInput, now: Date): RawFinding | null {
  const last = addMonths(currentMonth(now), -1);
  const byMonth = new Map(input.usage.map((row) => [row.month, row.studies]));
  const months = Array.from({ length: USAGE_MONTHS + 1 }, (_, i) => addMonths(last, i - USAGE_MONTHS));
  const firstStored = months.findIndex((month) => byMonth.has(month));
  if (firstStored === -1) return null;
  const values = months.map((month, i) => (i < firstStored ? null : byMonth.get(month) ?? 0));
  let falling = 0;
  for (let i = USAGE_MONTHS; i > 0; i--) {
    const before = values[i - 1];
    if (before === null || before <= values[i]!) break;
    falling++;
  }
  if (falling < USAGE_MIN_FALLING_MONTHS) return null;
  const from = values[USAGE_MONTHS - falling]!;
  const percent = Math.round((100 * (from - values[USAGE_MONTHS]!)) / from);
  const grade = RISK_WEIGHTS.usageFalling.find((step) => percent >= step.minPercent);
  if (!grade) return null;
  return { code: "usage_falling", weightTenths: grade.tenths, detail: `usage fell ${percent}% over ${plural(falling, "month")}` };
}

/** Open warnings, critical ones weighing double. The silent-scanner warning is left out: the
 * scanners finding below counts that fact, and one fact should not add twice. */
export function openWarnings(input: RiskInput): RawFinding | null {
  // In the banner's order (critical first), whatever order the rows were read in.
  const open = new Set(input.warningRules);
  const rules = WARNING_RULES.filter((rule) => open.has(rule.id) && rule.id !== "scanner_not_seen_30_days");
  if (rules.length === 0) return null;
  const sum = rules.reduce((total, rule) => total + (rule.severity === "critical" ? RISK_WEIGHTS.criticalWarning : RISK_WEIGHTS.warning), 0);
  const detail = `${plural(rules.length, "open warning")}: ${rules.map((rule) => rule.message).join(", ")}`;
  return { code: "open_warnings", weightTenths: Math.min(sum, RISK_WEIGHTS.openWarningsCap), detail };
}

/** An active contract that does not renew and ends within 60 days, with no other contract
 * carrying on after it (a renewal signed as a new contract). */
export function contractEnding(input: RiskInput, now: Date): RawFinding | null {
  const today = utcDay(now);
  let soonest: number | null = null;
  for (const contract of input.contracts) {
    if (contract.autoRenew || contract.endDate === null || !isContractActive(contract, now)) continue;
    const end = utcDay(contract.endDate);
    if (end - today > CONTRACT_ENDING_DAYS * DAY_MS) continue;
    const carriedOn = input.contracts.some(
      (other) =>
        other !== contract && other.endedAt === null && utcDay(other.startDate) <= end + DAY_MS &&
        (other.autoRenew || other.endDate === null || utcDay(other.endDate) > end),
    );
    if (!carriedOn && (soonest === null || end < soonest)) soonest = end;
  }
  if (soonest === null) return null;
  const days = Math.round((soonest - today) / DAY_MS);
  const when = days === 0 ? "today" : `in ${plural(days, "day")}`;
  return { code: "contract_ending", weightTenths: RISK_WEIGHTS.contractEnding, detail: `contract ends ${when} without auto-renew` };
}

/** Scanners silent past the warnings rule's threshold, for the customers that rule watches
 * (trial and paying: suspended customers are expected to go quiet). Archived scanners ignored. */
export function scannersSilent(input: RiskInput, now: Date): RawFinding | null {
  if (input.status !== "trial" && input.status !== "paying") return null;
  const live = input.scanners.filter((scanner) => scanner.archivedAt === null);
  const silent = live.filter((scanner) => scannerIsSilent(scanner, now)).length;
  if (silent === 0) return null;
  const all = silent === live.length;
  return {
    code: "scanners_silent",
    weightTenths: all ? RISK_WEIGHTS.allScannersSilent : RISK_WEIGHTS.someScannersSilent,
    detail: `${all ? (silent === 1 ? "the only scanner" : `all ${silent} scanners`) : `${silent} of ${live.length} scanners`} not seen for ${SCANNER_SILENCE_MS / DAY_MS} days`,
  };
}

/** Open orders past the customer's payment terms (lib/orders/overdue.ts). */
export function ordersOverdue(input: RiskInput, now: Date): RawFinding | null {
  const terms = input.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
  const overdue = input.orders.filter((order) => isOrderOverdue(order, terms, now));
  if (overdue.length === 0) return null;
  const oldest = Math.max(...overdue.map((order) => daysOverdue(order, terms, now)));
  return {
    code: "orders_overdue",
    weightTenths: overdue.length === 1 ? RISK_WEIGHTS.oneOrderOverdue : RISK_WEIGHTS.ordersOverdue,
    detail: `${plural(overdue.length, "order")} overdue${overdue.length === 1 ? " by" : ", the oldest by"} ${plural(oldest, "day")}`,
  };
}

/** A paying customer none of whose subscription lines is active today. */
export function payingWithoutSubscription(input: RiskInput, now: Date): RawFinding | null {
  if (input.status !== "paying") return null;
  if (input.subscriptions.some((line) => subscriptionStatus(line, now) === "active")) return null;
  return { code: "paying_without_subscription", weightTenths: RISK_WEIGHTS.payingWithoutSubscription, detail: "paying but no active subscription" };
}
