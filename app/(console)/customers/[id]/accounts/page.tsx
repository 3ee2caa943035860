import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCustomerAccounts } from "@/lib/accounts/queries";
import { AccountsTable } from "@/components/customers/accounts-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Accounts" };

type Props = { params: Promise<{ id: string }> };

export default async function CustomerAccountsPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/accounts`);
  const customer = await loadCustomer(id);
  const accounts = await listCustomerAccounts(customer.id);
  return <AccountsTable customerId={customer.id} accounts={accounts} canWrite={can(user, "customers.write")} />;
}
