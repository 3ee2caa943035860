// How contract terms read on screen and in the audit log.
import { CONTRACT_TYPE_LABELS, isContractType } from "./schema";

export function contractTypeLabel(type: string): string {
  return isContractType(type) ? CONTRACT_TYPE_LABELS[type] : type;
}

/** The Contract column's link text, e.g. "Per Study #12". */
export function contractLabel(contract: { id: number; type: string }): string {
  return `${contractTypeLabel(contract.type)} #${contract.id}`;
}

/** Exact money text for an amount in minor units (two decimals, see CURRENCIES): the amount is
 * handed to Intl as a decimal string, so no float ever rounds it. */
export function formatMoneyMinor(amountMinor: bigint | number, currency: string): string {
  const minor = BigInt(amountMinor);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const decimal = `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}` as `${number}`;
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(decimal);
}

export function formatCount(value: number | bigint): string {
  return new Intl.NumberFormat("en-US").format(value);
}

/** The audit log's names for the fields a contract row records (lib/contracts/mutations.ts). */
export const CONTRACT_FIELD_LABELS: Record<string, string> = {
  contract: "Contract",
  type: "Type",
  startDate: "Start Date",
  endDate: "End Date",
  currency: "Currency",
  unitPrice: "Unit Price",
  includedUnits: "Included Units",
  billingPeriod: "Billing Period",
  sendInvoicesAutomatically: "Send Invoices Automatically",
  autoRenew: "Automatically Renew",
  endedAt: "Ended",
};
