"use client";
// Removing an account asks first: it is the customer's product account, not a draft.
import { deleteAccountAction } from "@/lib/accounts/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function DeleteAccountButton({ customerId, accountId, version, name }: { customerId: number; accountId: number; version: number; name: string }) {
  return (
    <ConfirmActionButton
      action={deleteAccountAction}
      hidden={{ customerId, accountId, version }}
      label="Remove"
      ariaLabel={`Remove ${name}`}
      confirm={{ message: `Remove the account "${name}"? This cannot be undone.`, confirmLabel: "Remove account" }}
    />
  );
}
