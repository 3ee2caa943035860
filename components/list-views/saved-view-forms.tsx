"use client";
// The saved views' two writes: save the list as it is now, delete one of your own.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { createSavedViewAction, deleteSavedViewAction, type SavedViewFormState } from "@/lib/list-views/actions";
import { MAX_VIEW_NAME_LENGTH } from "@/lib/list-views/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClassName } from "@/components/ui/field";
import { showToast } from "@/components/ui/toast";

export function SaveViewForm({ query, columns }: { query: string; columns: string }) {
  const [state, action, pending] = useActionState<SavedViewFormState, FormData>(createSavedViewAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      showToast("View saved.");
    }
  }, [state]);
  const error = state && !state.ok ? (Object.values(state.fieldErrors ?? {}).flat()[0] ?? state.error) : null;
  return (
    <form ref={form} action={action} className="space-y-2 border-t border-slate-100 pt-3" aria-label="Save this view">
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="columns" value={columns} />
      <label htmlFor="saved-view-name" className="block text-xs font-medium text-slate-600">Save this view as</label>
      <input id="saved-view-name" name="name" required maxLength={MAX_VIEW_NAME_LENGTH} aria-invalid={Boolean(error)}
        aria-describedby={error ? "saved-view-error" : undefined} className={inputClassName} />
      <label className="flex items-center gap-2 text-xs text-slate-700">
        <input type="checkbox" name="shared" className="h-4 w-4" /> Share with everyone
      </label>
      {error && <p id="saved-view-error" role="alert" className="text-xs text-red-700">{error}</p>}
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>{pending ? "Saving…" : "Save view"}</button>
    </form>
  );
}

export function DeleteViewButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      setAsking(false);
      const result = await deleteSavedViewAction({ id });
      if (!result.ok) {
        setError(result.error);
        showToast(result.error, { tone: "error" });
        return;
      }
      showToast(`View “${name}” deleted.`);
      router.refresh();
    });
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} disabled={pending} aria-label={`Delete view ${name}`} title={error ?? undefined}
        className="rounded px-1 text-red-700 hover:bg-red-50">✕</button>
      <ConfirmDialog open={asking} title="Delete this view?" message={`The saved view “${name}” is deleted; this cannot be undone.`}
        confirmLabel="Delete view" onConfirm={remove} onCancel={() => setAsking(false)} />
    </>
  );
}
