"use client";
// Support edits a customer's notes and nothing else. The form sends the version and the notes it
// loaded (decision 035): a save against a newer version is refused with who changed what, and the
// typed notes stay in the box to save again.
import { useActionState, useEffect } from "react";
import { updateCustomerNotesAction } from "@/lib/customers/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { showToast } from "@/components/ui/toast";
import { ConflictChanges } from "./customer-form";

export function NotesForm({ customerId, notes, version }: { customerId: number; notes: string; version: number }) {
  const [state, formAction, pending] = useActionState(updateCustomerNotesAction, null);
  const failed = state && !state.ok ? state : null;
  const value = failed?.values ? failed.values.notes ?? "" : notes;
  // After a refused save the form edits from the newer version the server sent back.
  const loaded = failed?.loaded?.notes ?? notes;
  const editedVersion = failed?.version ?? version;
  useEffect(() => {
    if (state?.ok) showToast("Notes saved.");
  }, [state]);
  return (
    <form key={`${value}:${editedVersion}`} action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={customerId} />
      <input type="hidden" name="version" value={editedVersion} />
      <input type="hidden" name="loaded" value={loaded} />
      {failed && !failed.fieldErrors?.notes && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          <p>{failed.error}</p>
          {failed.conflict && <ConflictChanges conflict={failed.conflict} />}
        </div>
      )}
      <Field name="notes" label="Notes" hideLabel errors={failed?.fieldErrors?.notes}>
        {(field) => <textarea {...field} rows={3} defaultValue={value} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>Save notes</button>
    </form>
  );
}
