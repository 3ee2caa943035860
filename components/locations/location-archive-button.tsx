"use client";
// Archiving asks first; unarchiving does not (it only brings the location back).
import { setLocationArchivedAction } from "@/lib/locations/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function LocationArchiveButton({ customerId, locationId, name, archived }: { customerId: number; locationId: number; name: string; archived: boolean }) {
  const label = archived ? "Unarchive" : "Archive";
  return (
    <ConfirmActionButton
      action={setLocationArchivedAction}
      hidden={{ customerId, locationId, archived: archived ? "false" : "true" }}
      label={label}
      ariaLabel={`${label} ${name}`}
      confirm={archived ? null : { title: `Archive the location "${name}"?`, message: "Its assets stay where they are; no new asset can be placed there.", confirmLabel: "Archive" }}
      tone={archived ? "secondary" : "danger"}
    />
  );
}
