import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCustomerUsers } from "@/lib/customer-users/queries";
import { parseEditId } from "@/lib/subscriptions/schema";
import { UsersTab } from "@/components/customer-users/users-tab";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Users" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerUsersPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/users`);
  const customer = await loadCustomer(id);
  const rows = await listCustomerUsers(customer.id);
  return <UsersTab customerId={customer.id} rows={rows} canWrite={can(user, "customerUsers.write")} editId={parseEditId(await searchParams)} />;
}
