"use client";
// One button that runs a server action on one record (end a contract, remove an account, revoke
// a token, archive a location, mark an order paid), asking first in the confirmation dialog.
// The outcome is said beside the button (an error, in a live alert), or, given `doneMessage`,
// in a toast either way.
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { buttonStyles } from "./button-styles";
import { useConfirmedSubmit } from "./confirm-dialog";
import { showToast } from "./toast";

type Props<S extends ActionResult<unknown> | null> = {
  action: (state: S, formData: FormData) => Promise<S>;
  hidden: Record<string, string | number>;
  label: string;
  /** The accessible name when the label alone does not name the record ("Remove Acme"). */
  ariaLabel?: string;
  /** What the dialog asks; null submits without asking (Unarchive brings something back). */
  confirm: { message: string; confirmLabel: string; title?: string } | null;
  /** Toast this on success (and errors as toasts too) instead of an error beside the button. */
  doneMessage?: string;
  tone?: "danger" | "primary" | "secondary";
  className?: string;
};

export function ConfirmActionButton<S extends ActionResult<unknown> | null>({
  action,
  hidden,
  label,
  ariaLabel,
  confirm,
  doneMessage,
  tone = "danger",
  className = "inline-flex items-center gap-2",
}: Props<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, null as Awaited<S>);
  const confirmed = useConfirmedSubmit({
    message: confirm?.message ?? "",
    confirmLabel: confirm?.confirmLabel ?? label,
    title: confirm?.title,
    enabled: confirm !== null,
  });
  const seen = useRef<S | null>(null);
  useEffect(() => {
    if (doneMessage === undefined || !state || state === seen.current) return;
    seen.current = state;
    showToast(state.ok ? doneMessage : state.error, { tone: state.ok ? "success" : "error" });
  }, [state, doneMessage]);
  return (
    <form action={formAction} onSubmit={confirmed.onSubmit} className={className}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {doneMessage === undefined && state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={buttonStyles[tone]}>
        {label}
      </button>
      {confirmed.dialog}
    </form>
  );
}
