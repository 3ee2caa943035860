import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { createAccountAction } from "@/lib/accounts/actions";
import { AccountForm } from "@/components/customers/account-form";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "New account" };

type Props = { params: Promise<{ id: string }> };

export default async function NewAccountPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/accounts/new`);
  const customer = await loadCustomer(id);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New account</h2>
      <AccountForm
        action={createAccountAction}
        customerId={customer.id}
        initialValues={{ name: "", dataRetention: "1y" }}
        submitLabel="Create Account"
        cancelHref={`/customers/${customer.id}/accounts`}
      />
    </section>
  );
}
