// The money cards: customer value (to date, per currency) and the billing summary across the
// customer's projects. Each currency is its own line; two currencies are never added together.
import type { CurrencyBilling } from "@/lib/overview/project-summary";
import type { CustomerOverview } from "@/lib/overview/queries";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { Empty, OverviewCard } from "./overview-card";

export function CustomerValueCard({ billing, recurring }: { billing: CurrencyBilling[]; recurring: CustomerOverview["recurring"] }) {
  return (
    <OverviewCard title="Customer value" testId="overview-value">
      {billing.length === 0 ? (
        <Empty>Nothing billed yet.</Empty>
      ) : (
        billing.map((line) => (
          <dl key={line.currency} data-currency={line.currency} className="grid grid-cols-3 gap-1">
            <div><dt className="text-xs text-slate-500">Billed to date</dt><dd className="tabular-nums">{formatMoneyMinor(line.billedMinor, line.currency)}</dd></div>
            <div><dt className="text-xs text-slate-500">Paid to date</dt><dd className="tabular-nums">{formatMoneyMinor(line.paidMinor, line.currency)}</dd></div>
            <div><dt className="text-xs text-slate-500">Outstanding</dt><dd className="tabular-nums">{formatMoneyMinor(line.unpaidMinor, line.currency)}</dd></div>
          </dl>
        ))
      )}
      {recurring === null ? (
        <p className="text-xs text-slate-500">MRR and ARR appear here once subscriptions are recorded.</p>
      ) : (
        recurring.map((line) => (
          <p key={line.currency} className="tabular-nums">
            MRR {formatMoneyMinor(line.mrrMinor, line.currency)} · ARR {formatMoneyMinor(line.arrMinor, line.currency)}
          </p>
        ))
      )}
    </OverviewCard>
  );
}

export function BillingSummaryCard({ billing }: { billing: CurrencyBilling[] }) {
  return (
    <OverviewCard title="Billing summary" testId="overview-billing">
      {billing.length === 0 ? (
        <Empty>No projects billed yet.</Empty>
      ) : (
        <div className="overflow-x-auto">{/* five columns of money: on a phone they scroll inside the card */}
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="font-medium">Currency</th>
              <th scope="col" className="pl-3 text-right font-medium">Projects</th>
              <th scope="col" className="pl-3 text-right font-medium">Billed</th>
              <th scope="col" className="pl-3 text-right font-medium">Paid</th>
              <th scope="col" className="pl-3 text-right font-medium">Billed, unpaid</th>
            </tr>
          </thead>
          <tbody>
            {billing.map((line) => (
              <tr key={line.currency} data-testid="billing-row" className="tabular-nums">
                <th scope="row" className="text-left font-medium">{line.currency}</th>
                <td className="whitespace-nowrap pl-3 text-right">{line.projects}</td>
                <td className="whitespace-nowrap pl-3 text-right">{formatMoneyMinor(line.billedMinor, line.currency)}</td>
                <td className="whitespace-nowrap pl-3 text-right">{formatMoneyMinor(line.paidMinor, line.currency)}</td>
                <td className="whitespace-nowrap pl-3 text-right">{formatMoneyMinor(line.unpaidMinor, line.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </OverviewCard>
  );
}
