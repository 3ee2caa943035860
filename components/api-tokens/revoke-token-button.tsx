"use client";
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";

export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const confirm = useConfirmedSubmit({ message: `Revoke the token "${name}"? Integrations using it stop working at once. This cannot be undone.`, confirmLabel: "Revoke token" });
  const [state, formAction, pending] = useActionState(revokeApiTokenAction, null);
  return (
    <>
      <form
        action={formAction}
        onSubmit={confirm.onSubmit}
        className="inline-flex items-center gap-2"
      >
        <input type="hidden" name="id" value={id} />
        {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
        <button type="submit" disabled={pending} className={buttonStyles.danger} aria-label={`Revoke ${name}`}>
          Revoke
        </button>
      </form>
      {confirm.dialog}
    </>
  );
}
