import type { ContractWithPreview } from "@/lib/contracts/queries";
import { contractLabel, formatMoneyMinor } from "@/lib/contracts/format";
import { BILLING_PERIOD_LABELS, type BillingPeriod } from "@/lib/contracts/schema";
import type { ContractMonthPreview } from "@/lib/invoices/contract-months";
import { describeInvoiceLine } from "@/lib/invoices/preview";

/** For each contract active in the previous or current month, both months, with the sum spelled
 * out so staff can check it against the usage. */
export function InvoicePreview({ contracts }: { contracts: ContractWithPreview[] }) {
  const billed = contracts.filter((contract) => contract.preview !== null);
  const labelOf = (id: number) => {
    const other = contracts.find((contract) => contract.id === id);
    return other ? contractLabel(other) : `#${id}`;
  };
  return (
    <section aria-labelledby="invoice-preview-heading" className="space-y-3">
      <div>
        <h2 id="invoice-preview-heading" className="text-lg font-semibold">Invoice preview</h2>
        <p className="text-sm text-slate-600">
          Amounts due per contract, from the usage it is priced on. The current month is month-to-date (UTC) and
          grows until the month ends. A contract active on only some days of a month is prorated by day: it bills that
          share of the month&apos;s amount, rounded half up to the cent.
        </p>
      </div>
      {billed.length === 0 ? (
        <p className="text-sm text-slate-600">No contract active in these months, so nothing to invoice.</p>
      ) : (
        <ul className="space-y-3">
          {billed.map((contract) => {
            const period = contract.billingPeriod as BillingPeriod;
            return (
              <li key={contract.id} data-testid="invoice-preview" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="text-sm font-semibold">{contractLabel(contract)}</h3>
                {period !== "monthly" && (
                  <p className="text-xs text-slate-600">
                    Billed {BILLING_PERIOD_LABELS[period]?.toLowerCase() ?? period}: the invoice sums these monthly amounts over the
                    period.
                  </p>
                )}
                <div className="relative overflow-x-auto">
                  <table className="mt-2 min-w-full text-sm">
                    <thead className="sr-only">
                      <tr><th scope="col">Month</th><th scope="col">Calculation</th><th scope="col">Amount due</th></tr>
                    </thead>
                    <tbody>
                      {contract.preview!.map((month, index) => (
                        <PreviewRow key={month.month.key} month={month} current={index === contract.preview!.length - 1} labelOf={labelOf} />
                      ))}
                    </tbody>
                  </table>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function PreviewRow({ month, current, labelOf }: { month: ContractMonthPreview; current: boolean; labelOf: (id: number) => string }) {
  const { line, overlap } = month;
  const overlapNote = overlap && (
    <p className="text-xs text-amber-800">
      Overlaps {overlap.contractIds.map(labelOf).join(", ")} of the same type on {overlap.days} {overlap.days === 1 ? "day" : "days"}:
      that usage is billed once, there{line ? "; this line bills the other days" : ""}.
    </p>
  );
  return (
    <tr className="align-top" data-testid="invoice-preview-month">
      <th scope="row" className="w-40 py-1 pr-3 text-left font-medium whitespace-nowrap">
        {month.month.key} <span className="font-normal text-slate-600">{current ? "(to date)" : "(previous)"}</span>
      </th>
      <td className="py-1 pr-3 text-slate-700 tabular-nums">
        {line ? describeInvoiceLine(line, formatMoneyMinor) : month.activeDays === 0 ? "Not active this month: nothing to bill." : null}
        {overlapNote}
      </td>
      <td className="py-1 text-right font-semibold tabular-nums whitespace-nowrap">
        {line ? formatMoneyMinor(line.amountMinor, line.currency) : "—"}
      </td>
    </tr>
  );
}
