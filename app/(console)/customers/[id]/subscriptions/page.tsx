import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCustomerSubscriptions } from "@/lib/subscriptions/queries";
import { parseEditId } from "@/lib/subscriptions/schema";
import { SubscriptionsTab } from "@/components/subscriptions/subscriptions-tab";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Subscriptions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerSubscriptionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/subscriptions`);
  const customer = await loadCustomer(id);
  const now = new Date();
  const { rows, revenue } = await listCustomerSubscriptions(customer.id, now);
  const canWrite = can(user, "subscriptions.write");
  return <SubscriptionsTab customerId={customer.id} rows={rows} revenue={revenue} canWrite={canWrite} editId={parseEditId(await searchParams)} now={now} />;
}
