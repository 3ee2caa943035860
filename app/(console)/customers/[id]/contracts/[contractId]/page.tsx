import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { updateContractAction } from "@/lib/contracts/actions";
import { contractLabel } from "@/lib/contracts/format";
import { getCustomerContractOrThrow } from "@/lib/contracts/queries";
import { contractIdSchema, isContractType, minorToPriceText } from "@/lib/contracts/schema";
import { formatDate } from "@/lib/format/dates";
import { ContractForm } from "@/components/contracts/contract-form";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { EndContractButton } from "@/components/contracts/end-contract-button";
import { loadCustomer } from "../../load-customer";
import { loadOr404 } from "../../load-or-404";

export const metadata: Metadata = { title: "Edit contract" };

type Props = { params: Promise<{ id: string; contractId: string }> };

function loadContract(customerId: number, rawId: string) {
  return loadOr404(contractIdSchema, rawId, (contractId) => getCustomerContractOrThrow(customerId, contractId));
}

export default async function EditContractPage({ params }: Props) {
  const { id, contractId } = await params;
  await requirePagePermission("contracts.write", `/customers/${id}/contracts/${contractId}`);
  const customer = await loadCustomer(id);
  const contract = await loadContract(customer.id, contractId);
  const base = `/customers/${customer.id}/contracts`;
  const label = contractLabel(contract);
  const editable = contract.endedAt === null && customer.archivedAt === null;

  return (
    <section className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-lg font-semibold">
          {label} <ContractStatusBadge status={contract.status} />
        </h2>
        {contract.endedAt === null && <EndContractButton customerId={customer.id} contractId={contract.id} version={contract.version} label={label} />}
      </div>
      {!editable && (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
          {contract.endedAt
            ? `This contract ended on ${formatDate(contract.endedAt)} and can no longer be changed. Create a new contract instead.`
            : "This customer is archived: unarchive it before you change its contracts."}
        </p>
      )}
      {editable && isContractType(contract.type) ? (
        <ContractForm
          action={updateContractAction}
          customerId={customer.id}
          contractId={contract.id}
          version={contract.version}
          type={contract.type}
          initialValues={{
            startDate: formatDate(contract.startDate),
            endDate: contract.endDate ? formatDate(contract.endDate) : "",
            currency: contract.currency,
            unitPrice: minorToPriceText(contract.unitPriceMinor),
            includedUnits: String(contract.includedUnits),
            billingPeriod: contract.billingPeriod,
            sendInvoicesAutomatically: contract.sendInvoicesAutomatically ? "on" : "",
            autoRenew: contract.autoRenew ? "on" : "",
          }}
          submitLabel="Save changes"
          backHref={base}
          backLabel="Cancel"
        />
      ) : (
        <Link href={base} className="text-sm text-indigo-700 hover:underline">Back to contracts</Link>
      )}
    </section>
  );
}
