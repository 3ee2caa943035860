import type { ContractWithPreview } from "@/lib/contracts/queries";
import { contractLabel, formatMoneyMinor } from "@/lib/contracts/format";
import { BILLING_PERIOD_LABELS, type BillingPeriod } from "@/lib/contracts/schema";
import { describeInvoiceLine } from "@/lib/invoices/preview";

/** For each active contract, the previous month and the current month to date, with the sum
 * spelled out so staff can check it against the usage. */
export function InvoicePreview({ contracts }: { contracts: ContractWithPreview[] }) {
  const active = contracts.filter((contract) => contract.preview !== null);
  return (
    <section aria-labelledby="invoice-preview-heading" className="space-y-3">
      <div>
        <h2 id="invoice-preview-heading" className="text-lg font-semibold">Invoice preview</h2>
        <p className="text-sm text-slate-500">
          Amounts due per active contract, from the usage it is priced on. The current month is month-to-date (UTC) and
          grows until the month ends.
        </p>
      </div>
      {active.length === 0 ? (
        <p className="text-sm text-slate-500">No active contract, so nothing to invoice.</p>
      ) : (
        <ul className="space-y-3">
          {active.map((contract) => {
            const period = contract.billingPeriod as BillingPeriod;
            return (
              <li key={contract.id} data-testid="invoice-preview" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="text-sm font-semibold">{contractLabel(contract)}</h3>
                {period !== "monthly" && (
                  <p className="text-xs text-slate-500">
                    Billed {BILLING_PERIOD_LABELS[period]?.toLowerCase() ?? period}: the invoice sums these monthly amounts over the
                    period.
                  </p>
                )}
                <table className="mt-2 min-w-full text-sm">
                  <thead className="sr-only">
                    <tr><th scope="col">Month</th><th scope="col">Calculation</th><th scope="col">Amount due</th></tr>
                  </thead>
                  <tbody>
                    {contract.preview!.map((line, index) => (
                      <tr key={line.month.key} className="align-top">
                        <th scope="row" className="w-40 py-1 pr-3 text-left font-medium whitespace-nowrap">
                          {line.month.key} <span className="font-normal text-slate-500">{index === 1 ? "(to date)" : "(previous)"}</span>
                        </th>
                        <td className="py-1 pr-3 text-slate-700 tabular-nums">{describeInvoiceLine(line, formatMoneyMinor)}</td>
                        <td className="py-1 text-right font-semibold tabular-nums whitespace-nowrap">{formatMoneyMinor(line.amountMinor, line.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
