// The invoice preview of a customer's contracts over some months: each contract bills only the
// days it was active in a month (prorated by day), and when contracts of the same type overlap,
// the shared days' usage is billed once, on the contract that started first.
import { DAY_MS, utcDay } from "../warnings/utc-day";
import { isContractType } from "../contracts/schema";
import { previewMonth, type BillingMonth, type InvoiceLine, type PreviewContract, type ScannerSighting, type UsageMonth } from "./preview";
import { activeDaysInMonth, daysInMonth, prorateMinor, type ContractSpan } from "./proration";

export type PreviewableContract = PreviewContract & ContractSpan & { id: number };

export type ContractMonthPreview = {
  month: BillingMonth;
  /** Days of the month the contract was active by its terms. */
  activeDays: number;
  /** Null when it billed nothing that month: not active on any day, or every active day is
   * billed on an overlapping contract of the same type. */
  line: InvoiceLine | null;
  /** The contracts of the same type already billing some of its active days, and how many. */
  overlap: { contractIds: number[]; days: number } | null;
};

/** The month's day numbers (0-based) on which the contract was active. */
function activeDayIndexes(contract: ContractSpan, month: BillingMonth): number[] {
  const count = activeDaysInMonth(contract, month);
  if (count === 0) return [];
  const first = Math.round((Math.max(utcDay(contract.startDate), month.start.getTime()) - month.start.getTime()) / DAY_MS);
  return Array.from({ length: count }, (_, index) => first + index);
}

/** Earliest start first, then the lower id: the contract that bills shared days. */
function billingOrder(a: PreviewableContract, b: PreviewableContract): number {
  return utcDay(a.startDate) - utcDay(b.startDate) || a.id - b.id;
}

export function previewContractMonth(
  contracts: readonly PreviewableContract[],
  month: BillingMonth,
  usage: readonly UsageMonth[],
  scanners: readonly ScannerSighting[],
): Map<number, ContractMonthPreview> {
  const result = new Map<number, ContractMonthPreview>();
  const billedDays = new Map<string, Map<number, number>>(); // type -> day index -> contract id
  const days = daysInMonth(month);
  for (const contract of [...contracts].filter((c) => isContractType(c.type)).sort(billingOrder)) {
    const active = activeDayIndexes(contract, month);
    const taken = billedDays.get(contract.type) ?? new Map<number, number>();
    billedDays.set(contract.type, taken);
    const own = active.filter((day) => !taken.has(day));
    const sharedWith = [...new Set(active.filter((day) => taken.has(day)).map((day) => taken.get(day)!))];
    for (const day of own) taken.set(day, contract.id);
    const overlap = sharedWith.length > 0 ? { contractIds: sharedWith, days: active.length - own.length } : null;
    let line: InvoiceLine | null = null;
    if (own.length > 0) {
      const full = previewMonth(contract, month, usage, scanners);
      line = own.length === days ? full : {
        ...full,
        amountMinor: prorateMinor(full.amountMinor, own.length, days),
        proration: { billedDays: own.length, daysInMonth: days, fullAmountMinor: full.amountMinor },
      };
    }
    result.set(contract.id, { month, activeDays: active.length, line, overlap });
  }
  return result;
}

/** Each month's preview per contract id, for the months given (oldest first). */
export function previewContractMonths(
  contracts: readonly PreviewableContract[],
  months: readonly BillingMonth[],
  usage: readonly UsageMonth[],
  scanners: readonly ScannerSighting[],
): Map<number, ContractMonthPreview[]> {
  const perMonth = months.map((month) => previewContractMonth(contracts, month, usage, scanners));
  const result = new Map<number, ContractMonthPreview[]>();
  for (const contract of contracts) {
    if (!isContractType(contract.type)) continue;
    result.set(contract.id, perMonth.map((previews) => previews.get(contract.id)!));
  }
  return result;
}
