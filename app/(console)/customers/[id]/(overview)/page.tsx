import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCustomerOverview } from "@/lib/overview/queries";
import { CustomerDetails } from "@/components/customers/customer-details";
import { CustomerOverview } from "@/components/overview/customer-overview";
import { RiskPanel } from "@/components/risk/risk-panel";
import { RegistryPanel } from "@/components/registry-check/registry-panel";
import { getRegistryPanel } from "@/lib/registry-check/queries";
import { loadCustomer } from "../load-customer";
import { customerName } from "../customer-title";

type Props = { params: Promise<{ id: string }> };

/** The layout's title template applies to the tabs below; this page is the customer's name alone. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const name = await customerName(id);
  return { title: name === null ? `Customer ${id}` : { absolute: name } };
}

export default async function CustomerPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}`);
  const customer = await loadCustomer(id);
  const [overview, registry] = await Promise.all([getCustomerOverview(customer.id), getRegistryPanel(customer)]);
  return (
    <div className="space-y-6">
      <RiskPanel customer={customer} />
      <CustomerOverview customerId={customer.id} overview={overview} />
      <CustomerDetails customer={customer} canEditNotes={can(user, "customers.notes") && !can(user, "customers.write")} />
      <RegistryPanel customerId={customer.id} panel={registry} canCheck={can(user, "customers.write")} />
    </div>
  );
}
