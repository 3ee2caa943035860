import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { AuditLogTable } from "@/components/customers/audit-log-table";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Audit log" };

type Props = { params: Promise<{ id: string }> };

export default async function CustomerAuditPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("audit.read", `/customers/${id}/audit`);
  const customer = await loadCustomer(id);
  return <AuditLogTable rows={await listCustomerAuditLog(customer.id)} />;
}
