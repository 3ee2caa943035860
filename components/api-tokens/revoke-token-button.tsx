"use client";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmActionButton
      action={revokeApiTokenAction}
      hidden={{ id }}
      label="Revoke"
      ariaLabel={`Revoke ${name}`}
      confirm={{ message: `Revoke the token "${name}"? Integrations using it stop working at once. This cannot be undone.`, confirmLabel: "Revoke token" }}
    />
  );
}
