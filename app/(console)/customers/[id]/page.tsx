import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { CustomerDetails } from "@/components/customers/customer-details";
import { RegistryPanel } from "@/components/registry-check/registry-panel";
import { getRegistryPanel } from "@/lib/registry-check/queries";
import { loadCustomer } from "./load-customer";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Customer ${id}` };
}

export default async function CustomerPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}`);
  const customer = await loadCustomer(id);
  const registry = await getRegistryPanel(customer);
  return (
    <>
      <CustomerDetails customer={customer} canEditNotes={can(user, "customers.notes") && !can(user, "customers.write")} />
      <RegistryPanel customerId={customer.id} panel={registry} canCheck={can(user, "customers.write")} />
    </>
  );
}
