"use client";
// New and edit share this form. Field errors come back from the server action with the values
// typed, so a mistake costs nothing.
import Link from "next/link";
import { useActionState } from "react";
import type { AccountFormState } from "@/lib/accounts/actions";
import { DATA_RETENTIONS, DATA_RETENTION_LABELS } from "@/lib/accounts/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

type Props = {
  action: (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;
  customerId: number;
  accountId?: number;
  /** The version the edit loaded: a save against a newer one is refused (decision 029). */
  version?: number;
  initialValues: { name: string; dataRetention: string };
  submitLabel: string;
  cancelHref: string;
};

export function AccountForm({ action, customerId, accountId, version, initialValues, submitLabel, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? { ...initialValues, ...state.values } : initialValues;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="customerId" value={customerId} />
      {accountId !== undefined && <input type="hidden" name="accountId" value={accountId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {state && !state.ok && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      <Field name="name" label="Name" errors={errors.name} required hint="Usually the customer's clinic or office.">
        {(field) => <input {...field} required autoFocus maxLength={200} defaultValue={values.name} />}
      </Field>
      <Field name="dataRetention" label="Data Retention" errors={errors.dataRetention} required>
        {(field) => (
          <select {...field} defaultValue={values.dataRetention}>
            {DATA_RETENTIONS.map((value) => <option key={value} value={value}>{DATA_RETENTION_LABELS[value]}</option>)}
          </select>
        )}
      </Field>
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Saving…" : submitLabel}</button>
      </div>
    </form>
  );
}
