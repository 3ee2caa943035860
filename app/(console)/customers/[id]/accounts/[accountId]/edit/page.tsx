import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { updateAccountAction } from "@/lib/accounts/actions";
import { getCustomerAccountOrThrow } from "@/lib/accounts/queries";
import { accountIdSchema } from "@/lib/accounts/schema";
import { AccountForm } from "@/components/customers/account-form";
import { loadCustomer } from "../../../load-customer";
import { loadOr404 } from "../../../load-or-404";

export const metadata: Metadata = { title: "Edit account" };

type Props = { params: Promise<{ id: string; accountId: string }> };

/** The account of another customer, or no account at all, is a 404 here. */
function loadAccount(customerId: number, rawAccountId: string) {
  return loadOr404(accountIdSchema, rawAccountId, (accountId) => getCustomerAccountOrThrow(customerId, accountId));
}

export default async function EditAccountPage({ params }: Props) {
  const { id, accountId } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/accounts/${accountId}/edit`);
  const customer = await loadCustomer(id);
  const account = await loadAccount(customer.id, accountId);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit account {account.id}</h2>
      <AccountForm
        action={updateAccountAction}
        customerId={customer.id}
        accountId={account.id}
        version={account.version}
        initialValues={{ name: account.name, dataRetention: account.dataRetention }}
        submitLabel="Save changes"
        cancelHref={`/customers/${customer.id}/accounts`}
      />
    </section>
  );
}
