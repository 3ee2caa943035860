"use client";
import { endContractAction } from "@/lib/contracts/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function EndContractButton({ customerId, contractId, version, label }: { customerId: number; contractId: number; version: number; label: string }) {
  return (
    <ConfirmActionButton
      action={endContractAction}
      hidden={{ customerId, contractId, version }}
      label="End contract"
      confirm={{ message: `End ${label} today? It stops being active at once and can no longer be edited.`, confirmLabel: "End contract" }}
      className="flex items-center gap-2"
    />
  );
}
