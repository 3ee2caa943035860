"use client";
// Support edits a customer's notes and nothing else.
import { useActionState, useEffect } from "react";
import { updateCustomerNotesAction } from "@/lib/customers/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { showToast } from "@/components/ui/toast";

export function NotesForm({ customerId, notes }: { customerId: number; notes: string }) {
  const [state, formAction, pending] = useActionState(updateCustomerNotesAction, null);
  const value = state && !state.ok && state.values ? state.values.notes : notes;
  useEffect(() => {
    if (state?.ok) showToast("Notes saved.");
  }, [state]);
  return (
    <form key={value} action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={customerId} />
      <Field name="notes" label="Notes" hideLabel errors={state && !state.ok ? state.fieldErrors?.notes : undefined}>
        {(field) => <textarea {...field} rows={3} defaultValue={value} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>Save notes</button>
    </form>
  );
}
