"use client";
// Archiving asks first; unarchiving does not (it only brings the location back).
import { useActionState } from "react";
import { setLocationArchivedAction } from "@/lib/locations/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";

export function LocationArchiveButton({ customerId, locationId, name, archived }: { customerId: number; locationId: number; name: string; archived: boolean }) {
  const [state, formAction, pending] = useActionState(setLocationArchivedAction, null);
  const confirm = useConfirmedSubmit({
    title: `Archive the location "${name}"?`,
    message: "Its assets stay where they are; no new asset can be placed there.",
    confirmLabel: "Archive",
    enabled: !archived,
  });
  return (
    <form action={formAction} onSubmit={confirm.onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
      <button type="submit" disabled={pending} className={archived ? buttonStyles.secondary : buttonStyles.danger} aria-label={`${archived ? "Unarchive" : "Archive"} ${name}`}>
        {archived ? "Unarchive" : "Archive"}
      </button>
      {confirm.dialog}
    </form>
  );
}
