import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listContractsWithPreview } from "@/lib/contracts/queries";
import { ContractsTable } from "@/components/contracts/contracts-table";
import { InvoicePreview } from "@/components/contracts/invoice-preview";
import { buttonStyles } from "@/components/ui/button-styles";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Contracts" };

type Props = { params: Promise<{ id: string }> };

export default async function CustomerContractsPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/contracts`);
  const customer = await loadCustomer(id);
  const contracts = await listContractsWithPreview(customer.id);
  const canWrite = can(user, "contracts.write");
  return (
    <div className="space-y-6">
      <section aria-labelledby="contracts-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="contracts-heading" className="text-lg font-semibold">Contracts</h2>
          {canWrite &&
            (customer.archivedAt ? (
              <p className="text-sm text-slate-500">Unarchive the customer to add a contract.</p>
            ) : (
              <Link href={`/customers/${customer.id}/contracts/new`} className={buttonStyles.primary}>New Contract</Link>
            ))}
        </div>
        <ContractsTable customerId={customer.id} contracts={contracts} canEdit={canWrite} />
      </section>
      <InvoicePreview contracts={contracts} />
    </div>
  );
}
