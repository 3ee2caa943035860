"use client";
// The card form of a customer's record pages (new and edit account, location): the server action
// answers a failed save with field errors and the values typed, which the form shows again, so a
// mistake costs nothing; a successful one redirects.
//
// Usage:
//   <ActionForm action={saveAction} hidden={{ customerId, accountId }} initialValues={{ name: "" }} submitLabel="Save" cancelHref="…">
//     {({ values, errors }) => <Field name="name" label="Name" errors={errors.name}>{(field) => <input {...field} defaultValue={values.name} />}</Field>}
//   </ActionForm>
// A hidden value that is undefined (no id yet, on a new record) is left out.
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { buttonStyles } from "./button-styles";

export type ActionFormState<D = unknown> = (ActionResult<D> & { values?: Record<string, string> }) | null;

type Props<V extends Record<string, string>, D> = {
  action: (state: ActionFormState<D>, formData: FormData) => Promise<ActionFormState<D>>;
  hidden: Record<string, number | string | undefined>;
  initialValues: V;
  submitLabel: string;
  cancelHref: string;
  children: (form: { values: V; errors: Partial<Record<string, string[]>> }) => React.ReactNode;
};

export function ActionForm<V extends Record<string, string>, D>({ action, hidden, initialValues, submitLabel, cancelHref, children }: Props<V, D>) {
  const [state, formAction, pending] = useActionState<ActionFormState<D>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const values: V = failed?.values ? { ...initialValues, ...failed.values } : initialValues;
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {Object.entries(hidden).map(([name, value]) => value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />)}
      {failed && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{failed.error}</p>}
      {children({ values, errors: failed?.fieldErrors ?? {} })}
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Saving…" : submitLabel}</button>
      </div>
    </form>
  );
}
