import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { customerWarnings } from "@/lib/customers/queries";
import { CustomerHeader } from "@/components/customers/customer-header";
import { CustomerTabs } from "@/components/customers/customer-tabs";
import { DEFAULT_CURRENCY } from "@/lib/customer-settings/default-currency";
import { RevenueSummary } from "@/components/subscriptions/revenue-summary";
import { loadCustomer } from "./load-customer";
import { customerTitle } from "./customer-title";

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: await customerTitle((await params).id) };
}

export default async function CustomerLayout({ children, params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}`);
  const customer = await loadCustomer(id);
  return (
    <>
      <CustomerHeader
        customer={customer}
        warnings={customerWarnings(customer)}
        canEdit={can(user, "customers.write")}
        canArchive={can(user, "customers.archive")}
      />
      <RevenueSummary testId="customer-revenue" mrrMinor={customer.mrrMinor} arrMinor={customer.arrMinor} currency={customer.settings?.currency ?? DEFAULT_CURRENCY} />
      <CustomerTabs customerId={customer.id} showAudit={can(user, "audit.read")} />
      {children}
    </>
  );
}
