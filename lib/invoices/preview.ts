// Invoice preview: what an active contract bills for one calendar month (UTC), from the usage it
// is priced on. Pure functions; all money in integer minor units (bigint), never floats.
import { CONTRACT_UNITS, isContractType, type ContractType } from "../contracts/schema";

export type BillingMonth = { key: string; start: Date; end: Date /* exclusive: next month's start */ };

export type PreviewContract = { type: string; unitPriceMinor: bigint; includedUnits: number; currency: string };
export type UsageMonth = { month: string; studies: number; transactions: number };
export type ScannerSighting = { firstSeenAt: Date; lastSeenAt: Date; archivedAt: Date | null };

export type InvoiceLine = {
  month: BillingMonth;
  type: ContractType;
  units: number;
  includedUnits: number;
  billableUnits: number;
  unitPriceMinor: bigint;
  amountMinor: bigint;
  currency: string;
  /** Set when the contract billed only some days of the month: amountMinor is then
   * fullAmountMinor × billedDays / daysInMonth, rounded half up (lib/invoices/proration.ts). */
  proration: { billedDays: number; daysInMonth: number; fullAmountMinor: bigint } | null;
};

/** The UTC calendar month containing `date`, `offset` months away (-1: the previous one). */
export function billingMonth(date: Date, offset = 0): BillingMonth {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const key = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
  return { key, start, end };
}

/** A scanner counts for a month when it was seen during it (first seen before the month ends,
 * last seen on or after its start) and was not archived before the month began: one archived
 * mid-month was still in use that month. */
export function scannersSeenInMonth(scanners: readonly ScannerSighting[], month: BillingMonth): number {
  return scanners.filter(
    (scanner) =>
      scanner.firstSeenAt < month.end &&
      scanner.lastSeenAt >= month.start &&
      (scanner.archivedAt === null || scanner.archivedAt >= month.start),
  ).length;
}

/** The number of units a contract of `type` is priced on in `month`. */
export function unitsForMonth(
  type: ContractType,
  month: BillingMonth,
  usage: readonly UsageMonth[],
  scanners: readonly ScannerSighting[],
): number {
  if (type === "per_scanner") return scannersSeenInMonth(scanners, month);
  const row = usage.find((entry) => entry.month === month.key);
  if (!row) return 0;
  return type === "per_study" ? row.studies : row.transactions;
}

/** billable = max(0, units - included); amount = billable x unit price, exactly. */
export function invoiceLine(contract: PreviewContract, month: BillingMonth, units: number): InvoiceLine {
  if (!isContractType(contract.type)) throw new Error(`Unknown contract type ${contract.type}`);
  const billableUnits = Math.max(0, units - contract.includedUnits);
  return {
    month,
    type: contract.type,
    units,
    includedUnits: contract.includedUnits,
    billableUnits,
    unitPriceMinor: contract.unitPriceMinor,
    amountMinor: BigInt(billableUnits) * contract.unitPriceMinor,
    currency: contract.currency,
    proration: null,
  };
}

export function previewMonth(
  contract: PreviewContract,
  month: BillingMonth,
  usage: readonly UsageMonth[],
  scanners: readonly ScannerSighting[],
): InvoiceLine {
  if (!isContractType(contract.type)) throw new Error(`Unknown contract type ${contract.type}`);
  return invoiceLine(contract, month, unitsForMonth(contract.type, month, usage, scanners));
}

/** The arithmetic as one line of text, e.g.
 * "295 studies − 100 included = 195 × $1.20 = $234.00", and for a part of a month
 * "... = $234.00 × 16/30 days = $124.80". */
export function describeInvoiceLine(line: InvoiceLine, formatMoney: (minor: bigint, currency: string) => string): string {
  const unit = CONTRACT_UNITS[line.type];
  const count = new Intl.NumberFormat("en-US");
  const units = `${count.format(line.units)} ${line.units === 1 ? unit.one : unit.many}${line.type === "per_scanner" ? " seen" : ""}`;
  const price = formatMoney(line.unitPriceMinor, line.currency);
  const base = `${units} − ${count.format(line.includedUnits)} included = ${count.format(line.billableUnits)} × ${price}`;
  if (!line.proration) return `${base} = ${formatMoney(line.amountMinor, line.currency)}`;
  const { billedDays, daysInMonth, fullAmountMinor } = line.proration;
  return `${base} = ${formatMoney(fullAmountMinor, line.currency)} × ${billedDays}/${daysInMonth} days = ${formatMoney(line.amountMinor, line.currency)}`;
}
