// The subscription form's fields, and a stored line as the form's text.
import { BILLING_PERIODS, BILLING_PERIOD_LABELS, CURRENCIES, minorToPriceText } from "@/lib/contracts/schema";
import { formatDate } from "@/lib/format/dates";
import type { RecordField } from "@/components/ui/record-form";

export const SUBSCRIPTION_FIELDS: readonly RecordField[] = [
  { name: "product", label: "Product", required: true, maxLength: 200 },
  { name: "quantity", label: "Quantity", type: "number", required: true },
  { name: "unitPrice", label: "Unit price", required: true, hint: "Per billing period, e.g. 49.00" },
  { name: "currency", label: "Currency", type: "select", options: CURRENCIES.map((c) => ({ value: c, label: c })) },
  { name: "billingPeriod", label: "Billing period", type: "select", options: BILLING_PERIODS.map((p) => ({ value: p, label: BILLING_PERIOD_LABELS[p] })) },
  { name: "startDate", label: "Start", type: "date", required: true },
  { name: "endDate", label: "End", type: "date", hint: "Last day of service; empty while it runs" },
];

const isoDay = (date: Date | null) => (date ? formatDate(date) : "");

export function subscriptionFormValues(
  line: { product: string; quantity: number; unitPriceMinor: bigint; currency: string; billingPeriod: string; startDate: Date; endDate: Date | null } | null,
  currency: string,
  today: Date,
): Record<string, string> {
  if (!line) return { product: "", quantity: "1", unitPrice: "", currency, billingPeriod: "monthly", startDate: isoDay(today), endDate: "" };
  return {
    product: line.product,
    quantity: String(line.quantity),
    unitPrice: minorToPriceText(line.unitPriceMinor),
    currency: line.currency,
    billingPeriod: line.billingPeriod,
    startDate: isoDay(line.startDate),
    endDate: isoDay(line.endDate),
  };
}
