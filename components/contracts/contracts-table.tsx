import Link from "next/link";
import type { ContractRow } from "@/lib/contracts/queries";
import { contractLabel, formatMoneyMinor } from "@/lib/contracts/format";
import { BILLING_PERIOD_LABELS, CONTRACT_UNITS, isContractType, type BillingPeriod } from "@/lib/contracts/schema";
import { formatDate } from "@/lib/format/dates";
import { ContractStatusBadge } from "./contract-status-badge";

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** Seed 000's Contracts tab: the Contract column ("Per Study #12", so it names the type too) links
 * to the edit form for those who may edit. */
export function ContractsTable({ customerId, contracts, canEdit }: { customerId: number; contracts: ContractRow[]; canEdit: boolean }) {
  if (contracts.length === 0) return <p className="py-6 text-sm text-slate-500">This customer has no contracts yet.</p>;
  const th = "px-3 py-2 font-semibold whitespace-nowrap";
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className={th}>Contract</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Start</th>
            <th scope="col" className={th}>End</th>
            <th scope="col" className={th}>Currency</th>
            <th scope="col" className={`${th} text-right`}>Unit Price</th>
            <th scope="col" className={`${th} text-right`}>Included Units</th>
            <th scope="col" className={th}>Billing Period</th>
            <th scope="col" className={th}>Auto Invoices</th>
            <th scope="col" className={th}>Auto Renew</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {contracts.map((contract) => {
            const label = contractLabel(contract);
            const unit = isContractType(contract.type) ? ` / ${CONTRACT_UNITS[contract.type].one}` : "";
            return (
              <tr key={contract.id} data-testid="contract-row">
                <td className="px-3 py-2 whitespace-nowrap">
                  {canEdit ? (
                    <Link href={`/customers/${customerId}/contracts/${contract.id}`} className="font-medium text-indigo-700 hover:underline">{label}</Link>
                  ) : (
                    label
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <ContractStatusBadge status={contract.status} />
                  {contract.endedAt && <span className="ml-1 text-xs text-slate-500">{formatDate(contract.endedAt)}</span>}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(contract.startDate)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{contract.endDate ? formatDate(contract.endDate) : "—"}</td>
                <td className="px-3 py-2">{contract.currency}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatMoneyMinor(contract.unitPriceMinor, contract.currency)}{unit}</td>
                <td className="px-3 py-2 text-right tabular-nums">{contract.includedUnits.toLocaleString("en-US")}</td>
                <td className="px-3 py-2">{BILLING_PERIOD_LABELS[contract.billingPeriod as BillingPeriod] ?? contract.billingPeriod}</td>
                <td className="px-3 py-2">{yesNo(contract.sendInvoicesAutomatically)}</td>
                <td className="px-3 py-2">{yesNo(contract.autoRenew)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
