import type { Metadata } from "next";
import { AccountForm } from "@/components/customers/account-form";
import { customerPage } from "../../customer-page";

export const metadata: Metadata = { title: "New account" };

type Props = { params: Promise<{ id: string }> };

export default async function NewAccountPage({ params }: Props) {
  const { customer } = await customerPage(params, "customers.write", () => "/accounts/new");
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New account</h2>
      <AccountForm customerId={customer.id} />
    </section>
  );
}
