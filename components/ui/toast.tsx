"use client";
// The toast region: short confirmations after a save ("Notes saved."), announced by screen
// readers through an aria-live region that is always on the page.
//
// Usage: render <ToastRegion /> once (the console layout does), then from any client component:
//   import { showToast } from "@/components/ui/toast";
//   showToast("Notes saved.");                      // polite, disappears after 5 s
//   showToast("Could not reach the registry", { tone: "error" });
//   showToast("Customer archived.", { action: { label: "Undo", run: undo } }); // a button, 10 s
// Errors about a field belong beside the field (components/ui/field.tsx), not in a toast.
import { useCallback, useEffect, useState } from "react";

export type ToastTone = "success" | "error";
export type ToastAction = { label: string; run: () => void };
type Toast = { id: number; message: string; tone: ToastTone; action?: ToastAction };

const EVENT = "console:toast";
const VISIBLE_MS = 5_000;
const VISIBLE_WITH_ACTION_MS = 10_000; // time enough to reach the button
let nextId = 1;

export function showToast(message: string, options: { tone?: ToastTone; action?: ToastAction } = {}) {
  const detail: Toast = { id: nextId++, message, tone: options.tone ?? "success", action: options.action };
  window.dispatchEvent(new CustomEvent<Toast>(EVENT, { detail }));
}

export function ToastRegion() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  useEffect(() => {
    const add = (event: Event) => {
      const toast = (event as CustomEvent<Toast>).detail;
      setToasts((current) => [...current, toast]);
      window.setTimeout(() => dismiss(toast.id), toast.action ? VISIBLE_WITH_ACTION_MS : VISIBLE_MS);
    };
    window.addEventListener(EVENT, add);
    return () => window.removeEventListener(EVENT, add);
  }, [dismiss]);
  return (
    <div role="region" aria-label="Notifications" aria-live="polite" className="pointer-events-none fixed bottom-4 right-4 z-50 flex w-80 flex-col gap-2">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`pointer-events-auto flex items-center justify-between gap-3 rounded-md px-4 py-3 text-sm shadow-lg ${toast.tone === "error" ? "bg-red-700 text-white" : "bg-slate-900 text-white"}`}
        >
          <p>{toast.message}</p>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                dismiss(toast.id);
                toast.action!.run();
              }}
              className="rounded px-2 py-1 font-semibold text-indigo-200 underline hover:text-white focus:outline-none focus:ring-2 focus:ring-white"
            >
              {toast.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
