"use client";
// One button that runs a server action on one record (end a subscription, mark an order paid,
// remove a user), asking first in the confirmation dialog and confirming with a toast.
import { useActionState, useEffect, useRef } from "react";
import type { RecordFormState } from "@/lib/actions/customer-record-action";
import { buttonStyles } from "./button-styles";
import { useConfirmedSubmit } from "./confirm-dialog";
import { showToast } from "./toast";

type Props = {
  action: (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;
  hidden: Record<string, string | number>;
  label: string;
  /** The accessible name, naming the record ("Mark order SO-1 paid"). */
  ariaLabel: string;
  confirm: string;
  doneMessage: string;
  tone?: "danger" | "primary";
};

export function RecordActionButton({ action, hidden, label, ariaLabel, confirm, doneMessage, tone = "danger" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const confirmed = useConfirmedSubmit({ message: confirm, confirmLabel: label });
  const seen = useRef<RecordFormState>(null);
  useEffect(() => {
    if (!state || state === seen.current) return;
    seen.current = state;
    showToast(state.ok ? doneMessage : state.error, { tone: state.ok ? "success" : "error" });
  }, [state, doneMessage]);
  return (
    <form action={formAction} onSubmit={confirmed.onSubmit} className="inline-flex">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={tone === "danger" ? buttonStyles.danger : buttonStyles.secondary}>
        {label}
      </button>
      {confirmed.dialog}
    </form>
  );
}
