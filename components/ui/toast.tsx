"use client";
// The toast region: short confirmations after a save ("Notes saved."), announced by screen
// readers through an aria-live region that is always on the page.
//
// Usage: render <ToastRegion /> once (the console layout does), then from any client component:
//   import { showToast } from "@/components/ui/toast";
//   showToast("Notes saved.");                      // polite, disappears after 5 s
//   showToast("Could not reach the registry", { tone: "error" });
// Errors about a field belong beside the field (components/ui/field.tsx), not in a toast.
import { useEffect, useState } from "react";

export type ToastTone = "success" | "error";
type Toast = { id: number; message: string; tone: ToastTone };

const EVENT = "console:toast";
const VISIBLE_MS = 5_000;
let nextId = 1;

export function showToast(message: string, options: { tone?: ToastTone } = {}) {
  window.dispatchEvent(new CustomEvent<Toast>(EVENT, { detail: { id: nextId++, message, tone: options.tone ?? "success" } }));
}

export function ToastRegion() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useEffect(() => {
    const add = (event: Event) => {
      const toast = (event as CustomEvent<Toast>).detail;
      setToasts((current) => [...current, toast]);
      window.setTimeout(() => setToasts((current) => current.filter((t) => t.id !== toast.id)), VISIBLE_MS);
    };
    window.addEventListener(EVENT, add);
    return () => window.removeEventListener(EVENT, add);
  }, []);
  return (
    <div role="region" aria-label="Notifications" aria-live="polite" className="pointer-events-none fixed bottom-4 right-4 z-50 flex w-80 flex-col gap-2">
      {toasts.map((toast) => (
        <p
          key={toast.id}
          className={`pointer-events-auto rounded-md px-4 py-3 text-sm shadow-lg ${toast.tone === "error" ? "bg-red-700 text-white" : "bg-slate-900 text-white"}`}
        >
          {toast.message}
        </p>
      ))}
    </div>
  );
}
