"use client";
// A record action on a customer's tab (end a subscription, mark an order paid, remove a user):
// the confirm-action button, confirming with a toast.
import type { RecordFormState } from "@/lib/actions/customer-record-action";
import { ConfirmActionButton } from "./confirm-action-button";

type Props = {
  action: (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;
  hidden: Record<string, string | number>;
  label: string;
  /** The accessible name, naming the record ("Mark order SO-1 paid"). */
  ariaLabel: string;
  confirm: string;
  doneMessage: string;
  /** "primary" actions (mark paid) are drawn as secondary buttons beside the danger ones. */
  tone?: "danger" | "primary";
};

export function RecordActionButton({ confirm, tone = "danger", ...props }: Props) {
  return (
    <ConfirmActionButton
      {...props}
      confirm={{ message: confirm, confirmLabel: props.label }}
      tone={tone === "danger" ? "danger" : "secondary"}
      className="inline-flex"
    />
  );
}
