import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { createContractAction } from "@/lib/contracts/actions";
import { CONTRACT_TYPE_DESCRIPTIONS, CONTRACT_TYPE_LABELS, contractTypeSchema, isContractType } from "@/lib/contracts/schema";
import { ContractForm } from "@/components/contracts/contract-form";
import { ContractTypeStep } from "@/components/contracts/contract-type-step";
import { formatDate } from "@/lib/format/dates";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "New contract" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Seed 000's two-step wizard: choose the type, "Next", then the type's fields. */
export default async function NewContractPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("contracts.write", `/customers/${id}/contracts/new`);
  const customer = await loadCustomer(id);
  const query = await searchParams;
  const base = `/customers/${customer.id}/contracts`;

  if (customer.archivedAt) {
    return (
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">New Contract</h2>
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          This customer is archived: unarchive it before you add a contract.
        </p>
        <Link href={base} className="text-sm text-indigo-700 hover:underline">Back to contracts</Link>
      </section>
    );
  }

  const rawType = first(query.type);
  const type = contractTypeSchema.safeParse(rawType);
  if (!type.success) {
    // No type yet: step 1. A type the console does not know (a mangled link) says so there.
    const selected = first(query.selected);
    return (
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">New Contract <span className="text-sm font-normal text-slate-500">Step 1 of 2</span></h2>
        <ContractTypeStep
          customerId={customer.id}
          selected={isContractType(selected) ? selected : undefined}
          error={rawType === undefined ? undefined : type.error.issues[0]?.message}
        />
      </section>
    );
  }

  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">
        New {CONTRACT_TYPE_LABELS[type.data]} Contract <span className="text-sm font-normal text-slate-500">Step 2 of 2</span>
      </h2>
      <p className="text-sm text-slate-600">{CONTRACT_TYPE_DESCRIPTIONS[type.data]}</p>
      <ContractForm
        action={createContractAction}
        customerId={customer.id}
        type={type.data}
        initialValues={{ startDate: formatDate(new Date()), currency: "USD", billingPeriod: "monthly", includedUnits: "0", sendInvoicesAutomatically: "on", autoRenew: "on" }}
        submitLabel="Create Contract"
        backHref={`${base}/new?selected=${type.data}`}
        backLabel="Back"
      />
    </section>
  );
}
