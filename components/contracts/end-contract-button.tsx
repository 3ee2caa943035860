"use client";
import { useActionState } from "react";
import { endContractAction } from "@/lib/contracts/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";

export function EndContractButton({ customerId, contractId, version, label }: { customerId: number; contractId: number; version: number; label: string }) {
  const confirm = useConfirmedSubmit({ message: `End ${label} today? It stops being active at once and can no longer be edited.`, confirmLabel: "End contract" });
  const [state, formAction, pending] = useActionState(endContractAction, null);
  return (
    <>
      <form
        action={formAction}
        onSubmit={confirm.onSubmit}
        className="flex items-center gap-2"
      >
        <input type="hidden" name="customerId" value={customerId} />
        <input type="hidden" name="contractId" value={contractId} />
        <input type="hidden" name="version" value={version} />
        {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
        <button type="submit" disabled={pending} className={buttonStyles.danger}>
          End contract
        </button>
      </form>
      {confirm.dialog}
    </>
  );
}
