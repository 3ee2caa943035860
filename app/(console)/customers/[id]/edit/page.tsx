import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { updateCustomerAction } from "@/lib/customers/actions";
import { getCustomerFormOptions } from "@/lib/customers/queries";
import { CustomerForm } from "@/components/customers/customer-form";
import { customerFormValues } from "@/components/customers/customer-form-values";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Edit customer" };

type Props = { params: Promise<{ id: string }> };

export default async function EditCustomerPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/edit`);
  const [customer, options] = await Promise.all([loadCustomer(id), getCustomerFormOptions()]);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit customer</h2>
      <CustomerForm
        action={updateCustomerAction}
        customerId={customer.id}
        version={customer.version}
        initialValues={customerFormValues(customer)}
        options={options}
        submitLabel="Save changes"
        cancelHref={`/customers/${customer.id}`}
      />
    </section>
  );
}
