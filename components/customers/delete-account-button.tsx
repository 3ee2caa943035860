"use client";
// Removing an account asks first: it is the customer's product account, not a draft.
import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";

export function DeleteAccountButton({ customerId, accountId, version, name }: { customerId: number; accountId: number; version: number; name: string }) {
  const confirm = useConfirmedSubmit({ message: `Remove the account "${name}"? This cannot be undone.`, confirmLabel: "Remove account" });
  const [state, formAction, pending] = useActionState(deleteAccountAction, null);
  return (
    <>
      <form
        action={formAction}
        onSubmit={confirm.onSubmit}
        className="inline-flex items-center gap-2"
      >
        <input type="hidden" name="customerId" value={customerId} />
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="version" value={version} />
        {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
        <button type="submit" disabled={pending} className={buttonStyles.danger} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </form>
      {confirm.dialog}
    </>
  );
}
