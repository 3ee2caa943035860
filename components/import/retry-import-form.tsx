"use client";
// Retry of a failed import: its validation or its run starts again where it stopped.
import { useActionState } from "react";
import { retryImportAction } from "@/lib/import/actions";
import { buttonStyles } from "@/components/ui/button-styles";

export function RetryImportForm({ jobId }: { jobId: number }) {
  const [state, formAction, pending] = useActionState(retryImportAction, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={jobId} />
      {state && !state.ok && <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Starting…" : "Retry"}</button>
    </form>
  );
}
