// Seed 000's "Accounts": Id, Name, Data Retention, with edit and remove for those who may write.
import Link from "next/link";
import type { AccountRow } from "@/lib/accounts/queries";
import { formatDataRetention } from "@/lib/accounts/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { DeleteAccountButton } from "./delete-account-button";

export function AccountsTable({ customerId, accounts, canWrite }: { customerId: number; accounts: AccountRow[]; canWrite: boolean }) {
  return (
    <section aria-labelledby="accounts-heading" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="accounts-heading" className="text-lg font-semibold">Accounts</h2>
        {canWrite && <Link href={`/customers/${customerId}/accounts/new`} className={buttonStyles.primary}>New Account</Link>}
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Id</th>
              <th scope="col" className="px-3 py-2 font-semibold">Name</th>
              <th scope="col" className="px-3 py-2 font-semibold">Data Retention</th>
              {canWrite && <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {accounts.length === 0 && (
              <tr>
                <td colSpan={canWrite ? 4 : 3} className="px-3 py-4 text-slate-500">
                  No accounts yet.{canWrite && " Add the customer's clinic or office with New Account."}
                </td>
              </tr>
            )}
            {accounts.map((account) => (
              <tr key={account.id} data-testid="account-row">
                <td className="px-3 py-2 tabular-nums">{account.id}</td>
                <td className="px-3 py-2">{account.name}</td>
                <td className="px-3 py-2">{formatDataRetention(account.dataRetention)}</td>
                {canWrite && (
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-2">
                      <Link href={`/customers/${customerId}/accounts/${account.id}/edit`} className={buttonStyles.secondary} aria-label={`Edit ${account.name}`}>
                        Edit
                      </Link>
                      <DeleteAccountButton customerId={customerId} accountId={account.id} name={account.name} />
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
