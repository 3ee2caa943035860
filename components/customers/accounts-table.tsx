// Seed 000's "Accounts": Id, Name, Data Retention, with edit and remove for those who may write.
import Link from "next/link";
import type { AccountRow } from "@/lib/accounts/queries";
import { formatDataRetention } from "@/lib/accounts/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { Table, Td } from "@/components/ui/table";
import { DeleteAccountButton } from "./delete-account-button";

export function AccountsTable({ customerId, accounts, canWrite }: { customerId: number; accounts: AccountRow[]; canWrite: boolean }) {
  return (
    <section aria-labelledby="accounts-heading" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="accounts-heading" className="text-lg font-semibold">Accounts</h2>
        {canWrite && <Link href={`/customers/${customerId}/accounts/new`} className={buttonStyles.primary}>New Account</Link>}
      </div>
      <Table columns={[{ label: "Id" }, { label: "Name" }, { label: "Data Retention" }, ...(canWrite ? [{ label: "Actions", hidden: true }] : [])]}>
        {accounts.length === 0 && (
          <tr>
            <Td className="py-4 text-slate-500" colSpan={canWrite ? 4 : 3}>
              No accounts yet.{canWrite && " Add the customer's clinic or office with New Account."}
            </Td>
          </tr>
        )}
        {accounts.map((account) => (
          <tr key={account.id} data-testid="account-row">
            <Td className="tabular-nums">{account.id}</Td>
            <Td>{account.name}</Td>
            <Td>{formatDataRetention(account.dataRetention)}</Td>
            {canWrite && (
              <Td>
                <div className="flex justify-end gap-2">
                  <Link href={`/customers/${customerId}/accounts/${account.id}/edit`} className={buttonStyles.secondary} aria-label={`Edit ${account.name}`}>
                    Edit
                  </Link>
                  <DeleteAccountButton customerId={customerId} accountId={account.id} version={account.version} name={account.name} />
                </div>
              </Td>
            )}
          </tr>
        ))}
      </Table>
    </section>
  );
}
