import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { auditLogQuerySchema, listCustomerAuditPage } from "@/lib/audit/customer-log";
import { AuditLogTable } from "@/components/customers/audit-log-table";
import { AuditKindFilter, AuditPager } from "@/components/audit/audit-log-controls";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Audit log" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CustomerAuditPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("audit.read", `/customers/${id}/audit`);
  const customer = await loadCustomer(id);
  const raw = await searchParams;
  const query = auditLogQuerySchema.parse({ kind: first(raw.kind), page: first(raw.page) });
  const log = await listCustomerAuditPage(customer.id, query);
  const base = `/customers/${customer.id}/audit`;
  return (
    <section aria-labelledby="audit-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="audit-heading" className="text-lg font-semibold">Audit log</h2>
        <AuditKindFilter base={base} kind={query.kind} />
      </div>
      {log.total === 0 && query.kind ? (
        <p className="py-6 text-sm text-slate-500">No changes of this kind recorded yet.</p>
      ) : (
        <AuditLogTable rows={log.rows} />
      )}
      {log.total > 0 && <AuditPager base={base} kind={query.kind} page={log.page} pageSize={log.pageSize} total={log.total} />}
    </section>
  );
}
