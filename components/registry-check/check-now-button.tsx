"use client";
import { useActionState } from "react";
import { checkRegistryNowAction } from "@/lib/registry-check/actions";
import { buttonStyles } from "@/components/ui/button-styles";

export function CheckNowButton({ customerId }: { customerId: number }) {
  const [state, formAction, pending] = useActionState(checkRegistryNowAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={customerId} />
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>
        {pending ? "Checking…" : "Check registry now"}
      </button>
      <span role="status" className="text-sm">
        {state?.ok && <span className={state.data.tone === "ok" ? "text-emerald-700" : "text-red-700"}>{state.data.message}</span>}
        {state && !state.ok && <span className="text-red-700">{state.error}</span>}
      </span>
    </form>
  );
}
