"use client";
// The confirmation dialog: a styled, keyboard-accessible replacement for window.confirm.
//
// Usage, for a form whose submit needs a yes first:
//   const confirm = useConfirmedSubmit({ message: "Archive this customer?", confirmLabel: "Archive" });
//   <form action={formAction} onSubmit={confirm.onSubmit}>…</form>
//   {confirm.dialog}
// `enabled: false` lets the submit through without asking (e.g. Unarchive). For anything else,
// render <ConfirmDialog open … onConfirm onCancel /> yourself.
//
// It is a native modal <dialog>: the page behind it is inert (focus stays inside), Escape
// cancels, the safe choice (Cancel) has focus first, and focus returns to the control that
// opened it.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { buttonStyles } from "./button-styles";

type ConfirmDialogProps = {
  open: boolean;
  title?: string;
  message: string;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ open, title = "Please confirm", message, confirmLabel, tone = "danger", onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const id = useId(); // a page may hold one dialog per row: the ids must differ

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      cancelButton.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault(); // Escape: closed through state, so focus is returned
        onCancel();
      }}
      className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">{title}</h2>
      <p id={`${id}-message`} className="mt-2 text-sm text-slate-600">{message}</p>
      <div className="mt-6 flex justify-end gap-2">
        <button ref={cancelButton} type="button" onClick={onCancel} className={buttonStyles.secondary}>Cancel</button>
        <button type="button" onClick={onConfirm} className={tone === "danger" ? buttonStyles.danger : buttonStyles.primary}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}

/** Asks before a form submits; the confirmed submit goes through the form's own action. */
export function useConfirmedSubmit(options: { message: string; confirmLabel: string; title?: string; enabled?: boolean }) {
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const confirmed = useRef(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (options.enabled === false || confirmed.current) {
      confirmed.current = false;
      return;
    }
    event.preventDefault();
    setForm(event.currentTarget);
  };
  const dialog = (
    <ConfirmDialog
      open={form !== null}
      title={options.title}
      message={options.message}
      confirmLabel={options.confirmLabel}
      onCancel={() => setForm(null)}
      onConfirm={() => {
        confirmed.current = true;
        form?.requestSubmit();
        setForm(null);
      }}
    />
  );
  return { onSubmit, dialog };
}
