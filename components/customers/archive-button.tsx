"use client";
import { useActionState } from "react";
import { setCustomerArchivedAction } from "@/lib/customers/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";

export function ArchiveButton({ customerId, archived }: { customerId: number; archived: boolean }) {
  const confirm = useConfirmedSubmit({ message: "Archive this customer? It leaves the customer list but can be unarchived at any time.", confirmLabel: "Archive", enabled: !archived });
  const [state, formAction, pending] = useActionState(setCustomerArchivedAction, null);
  return (
    <>
      <form
        action={formAction}
        onSubmit={confirm.onSubmit}
        className="flex items-center gap-2"
      >
        <input type="hidden" name="id" value={customerId} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
        <button type="submit" disabled={pending} className={archived ? buttonStyles.secondary : buttonStyles.danger}>
          {archived ? "Unarchive" : "Archive"}
        </button>
      </form>
      {confirm.dialog}
    </>
  );
}
