"use client";
import { useActionState } from "react";
import { takeRegistryValuesAction } from "@/lib/registry-check/actions";
import { buttonStyles } from "@/components/ui/button-styles";

export function TakeValuesButton({ customerId }: { customerId: number }) {
  const [state, formAction, pending] = useActionState(takeRegistryValuesAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={customerId} />
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>Use the registry&apos;s values</button>
      {state && !state.ok && <span role="alert" className="text-sm text-red-700">{state.error}</span>}
    </form>
  );
}
