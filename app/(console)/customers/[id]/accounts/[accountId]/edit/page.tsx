import type { Metadata } from "next";
import { AccountForm } from "@/components/customers/account-form";
import { customerRecordPage, ACCOUNT_EDIT } from "../../../customer-page";

export const metadata: Metadata = { title: "Edit account" };

type Props = { params: Promise<{ id: string; accountId: string }> };

export default async function EditAccountPage({ params }: Props) {
  const { customer, record: account } = await customerRecordPage(params, ACCOUNT_EDIT);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit account {account.id}</h2>
      <AccountForm customerId={customer.id} account={account} />
    </section>
  );
}
