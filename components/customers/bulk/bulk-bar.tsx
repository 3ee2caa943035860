"use client";
// The list's bulk actions on the ticked rows or on "all N matching": change status, assign an
// account manager, archive. Each asks first, naming how many customers; the server action
// (lib/customers/bulk/actions.ts) checks everything again and changes all of them or none.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkChangeCustomersAction } from "@/lib/customers/bulk/actions";
import { BULK_MAX_CUSTOMERS, type BulkChange } from "@/lib/customers/bulk/schema";
import { formatTotal } from "@/lib/format/counts";
import { CUSTOMER_STATUSES, type CustomerStatus } from "@/lib/customers/statuses";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { showToast } from "@/components/ui/toast";
import { buttonStyles } from "@/components/ui/button-styles";
import { clearSelection, selectedIds, setAllMatching } from "./list-selection";
import { useRowSelection } from "./use-row-selection";
import { confirmationOf, customersCount } from "./bulk-wording";

type Props = {
  total: number;
  /** The count stopped at its bound (decision 040): more customers match than a bulk action takes. */
  totalIsLowerBound: boolean;
  /** The list's URL query (without "?"): the filters "all matching" stands for. */
  query: string;
  managers: { id: number; name: string }[];
  canArchive: boolean;
  /** Whether this bar offers "Select all N matching" (the export bar does when it is shown). */
  offerSelectAll: boolean;
};

const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

export function BulkBar({ total, totalIsLowerBound, query, managers, canArchive, offerSelectAll }: Props) {
  const router = useRouter();
  const { selected, onPage, allMatching, wholePage } = useRowSelection();
  const [status, setStatus] = useState<CustomerStatus | "">("");
  const [managerId, setManagerId] = useState<string>("");
  const [pending, setPending] = useState<BulkChange | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, startTransition] = useTransition();

  const count = allMatching ? total : selected;
  const managerName = (id: number | null) => (id === null ? null : (managers.find((m) => m.id === id)?.name ?? null));

  const run = (change: BulkChange) => {
    setPending(null);
    setError(null);
    const target = allMatching ? { kind: "matching" as const, query, expectedCount: total } : { kind: "ids" as const, ids: selectedIds() };
    startTransition(async () => {
      const result = await bulkChangeCustomersAction({ target, change });
      if (!result.ok) {
        const fieldMessage = Object.values(result.fieldErrors ?? {}).flat()[0];
        setError(fieldMessage ?? result.error);
        return;
      }
      const { changed, matched } = result.data;
      const unchanged = matched - changed;
      showToast(`${customersCount(changed)} changed${unchanged > 0 ? ` (${customersCount(unchanged)} already so)` : ""}`);
      clearSelection();
      router.refresh();
    });
  };

  if (count === 0) {
    return <p className="text-sm text-slate-500">Tick rows to change several customers at once.</p>;
  }
  if (allMatching && totalIsLowerBound) {
    return (
      <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        More than {formatTotal(BULK_MAX_CUSTOMERS)} customers match. A bulk change takes at most {formatTotal(BULK_MAX_CUSTOMERS)}: narrow the filters, or tick rows.{" "}
        {offerSelectAll && <button type="button" onClick={clearSelection} className="text-indigo-700 hover:underline">Clear selection</button>}
      </p>
    );
  }
  return (
    <div role="region" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm">
      <span className="font-medium text-slate-700">{allMatching ? `All ${customersCount(total)} matching selected` : `${selected} selected`}</span>
      {offerSelectAll && wholePage && total > onPage && !allMatching && (
        <button type="button" onClick={() => setAllMatching(true)} className="text-indigo-700 hover:underline">Select all {formatTotal(total, totalIsLowerBound)} matching</button>
      )}
      <label className="ml-2 flex items-center gap-1">
        <span>New status</span>
        <select value={status} onChange={(event) => setStatus(event.target.value as CustomerStatus | "")} className={select}>
          <option value="">Choose…</option>
          {CUSTOMER_STATUSES.map((value) => <option key={value} value={value}>{value}</option>)}
        </select>
      </label>
      <button type="button" disabled={!status || running} className={buttonStyles.secondary}
        onClick={() => status && setPending({ kind: "status", status })}>
        Change status
      </button>
      <label className="ml-2 flex items-center gap-1">
        <span>Account manager</span>
        <select value={managerId} onChange={(event) => setManagerId(event.target.value)} className={select}>
          <option value="">Choose…</option>
          <option value="none">No account manager</option>
          {managers.map((manager) => <option key={manager.id} value={manager.id}>{manager.name}</option>)}
        </select>
      </label>
      <button type="button" disabled={!managerId || running} className={buttonStyles.secondary}
        onClick={() => setPending({ kind: "accountManager", accountManagerId: managerId === "none" ? null : Number(managerId) })}>
        Assign
      </button>
      {canArchive && (
        <button type="button" disabled={running} className={`${buttonStyles.danger} ml-2`} onClick={() => setPending({ kind: "archive" })}>Archive</button>
      )}
      {offerSelectAll && <button type="button" onClick={clearSelection} className="text-indigo-700 hover:underline">Clear selection</button>}
      {running && <span role="status" className="text-slate-600">Saving…</span>}
      {error && <p role="alert" className="w-full text-red-700">{error}</p>}
      <ConfirmDialog
        open={pending !== null}
        title="Change customers"
        message={pending ? confirmationOf(pending, count, managerName) : ""}
        confirmLabel={pending?.kind === "archive" ? `Archive ${customersCount(count)}` : `Change ${customersCount(count)}`}
        tone={pending?.kind === "archive" ? "danger" : "primary"}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && run(pending)}
      />
    </div>
  );
}
