// Recurring revenue, exactly: a subscription line's MRR in integer minor units, its status from
// its dates, and a customer's MRR/ARR in one currency. Pure, so the tab, the stored columns
// (lib/subscriptions), the risk score (lib/risk) and the benchmark seed agree to the minor unit.
//
// Rounding (stated once, here): a line's price for its period (quantity x unit price) is divided
// by the months in the period (quarterly 3, yearly 12) and rounded half up to a whole minor unit,
// per line. A customer's MRR is the sum of its lines' MRR; ARR is exactly 12 x MRR, so the two
// figures on screen always agree.
import { utcDay } from "../warnings/utc-day";

export const BILLING_PERIOD_MONTHS = { monthly: 1n, quarterly: 3n, yearly: 12n } as const;
export type BillingPeriodName = keyof typeof BILLING_PERIOD_MONTHS;

export type SubscriptionLine = {
  quantity: number;
  unitPriceMinor: bigint;
  billingPeriod: string;
  currency: string;
  startDate: Date;
  endDate: Date | null;
};

export type SubscriptionStatus = "upcoming" | "active" | "ended";

/** Dates are calendar days in UTC; the end date is the last day of service. */
export function subscriptionStatus(line: Pick<SubscriptionLine, "startDate" | "endDate">, now: Date): SubscriptionStatus {
  const today = utcDay(now);
  if (utcDay(line.startDate) > today) return "upcoming";
  if (line.endDate && utcDay(line.endDate) < today) return "ended";
  return "active";
}

/** The line's monthly value, whatever its status. Throws on a period the schema does not allow. */
export function lineMrrMinor(line: Pick<SubscriptionLine, "quantity" | "unitPriceMinor" | "billingPeriod">): bigint {
  const months = BILLING_PERIOD_MONTHS[line.billingPeriod as BillingPeriodName];
  if (months === undefined) throw new Error(`Unknown billing period: ${line.billingPeriod}`);
  const periodTotal = BigInt(line.quantity) * line.unitPriceMinor;
  return divideHalfUp(periodTotal, months);
}

export type CustomerRevenue = {
  currency: string;
  mrrMinor: bigint;
  arrMinor: bigint;
  /** Active lines counted in MRR. */
  activeCount: number;
  /** Active lines in another currency: shown on the tab, not summed. */
  otherCurrencyCount: number;
};

/** MRR and ARR of a customer's active lines in its currency (from its settings). */
export function customerRevenue(lines: readonly SubscriptionLine[], currency: string, now: Date): CustomerRevenue {
  let mrrMinor = 0n;
  let activeCount = 0;
  let otherCurrencyCount = 0;
  for (const line of lines) {
    if (subscriptionStatus(line, now) !== "active") continue;
    if (line.currency !== currency) {
      otherCurrencyCount += 1;
      continue;
    }
    activeCount += 1;
    mrrMinor += lineMrrMinor(line);
  }
  return { currency, mrrMinor, arrMinor: 12n * mrrMinor, activeCount, otherCurrencyCount };
}

/** a / b rounded to the nearest integer, halves away from zero (b > 0). */
function divideHalfUp(a: bigint, b: bigint): bigint {
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const rounded = (2n * abs + b) / (2n * b);
  return negative ? -rounded : rounded;
}
