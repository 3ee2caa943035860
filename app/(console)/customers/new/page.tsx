import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { createCustomerAction } from "@/lib/customers/actions";
import { getCustomerFormOptions } from "@/lib/customers/queries";
import { CustomerForm } from "@/components/customers/customer-form";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  await requirePagePermission("customers.write", "/customers/new");
  const options = await getCustomerFormOptions();
  return (
    <section className="space-y-3">
      <div>
        <h1 className="text-2xl font-semibold">New customer</h1>
        <p className="text-sm text-slate-500">Only the name is required; everything else can be filled in later.</p>
      </div>
      <CustomerForm action={createCustomerAction} initialValues={{ status: "trial" }} options={options} submitLabel="Create customer" cancelHref="/customers" />
    </section>
  );
}
