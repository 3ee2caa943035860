import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCustomerSettings } from "@/lib/customer-settings/queries";
import { listCustomerOrders } from "@/lib/orders/queries";
import { OrdersTab } from "@/components/orders/orders-tab";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Orders" };

type Props = { params: Promise<{ id: string }> };

export default async function CustomerOrdersPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/orders`);
  const customer = await loadCustomer(id);
  const now = new Date();
  const [{ rows, paymentTermsDays }, settings] = await Promise.all([listCustomerOrders(customer.id, now), getCustomerSettings(customer.id)]);
  return (
    <OrdersTab customerId={customer.id} rows={rows} paymentTermsDays={paymentTermsDays} currency={settings.currency} canWrite={can(user, "orders.write")} now={now} />
  );
}
