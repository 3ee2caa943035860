"use client";
// The add and edit form of a project. Errors come back from the server action with the values
// typed, and the form is re-keyed with them.
import Link from "next/link";
import { useActionState } from "react";
import type { ProjectFormState } from "@/lib/projects/actions";
import { CURRENCIES } from "@/lib/contracts/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { dateInputProps, Field } from "@/components/ui/field";

type Props = {
  action: (state: ProjectFormState, formData: FormData) => Promise<ProjectFormState>;
  customerId: number;
  /** Set when editing. */
  projectId?: number;
  initialValues: Record<string, string>;
  submitLabel: string;
  backHref: string;
};

export function ProjectForm({ action, customerId, projectId, initialValues, submitLabel, backHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? state.values : initialValues;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};

  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field name={name} label={label} errors={errors[name]} required={props.required} hint={hint}>
      {(field) => <input {...field} {...props} defaultValue={values[name] ?? ""} />}
    </Field>
  );

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="customerId" value={customerId} />
      {projectId !== undefined && <input type="hidden" name="projectId" value={projectId} />}
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {state.error}
          {Object.entries(errors)
            .filter(([name]) => ["customerId", "projectId", "form"].includes(name))
            .map(([name, messages]) => <span key={name} className="block">{messages?.join(" ")}</span>)}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">{input("name", "Name", { required: true, maxLength: 200 })}</div>
        {input("startDate", "Start Date", { ...dateInputProps, required: true }, "Active from this day (UTC).")}
        {input("endDate", "End Date", dateInputProps, "The last active day (UTC); leave empty if open-ended.")}
        {input("billed", "Billed", { inputMode: "decimal", placeholder: "0.00" })}
        {input("paid", "Paid", { inputMode: "decimal", placeholder: "0.00" })}
        <Field name="currency" label="Currency" errors={errors.currency} required>
          {(field) => (
            <select {...field} defaultValue={values.currency ?? "USD"}>
              {CURRENCIES.map((currency) => <option key={currency} value={currency}>{currency}</option>)}
            </select>
          )}
        </Field>
      </div>
      <div className="flex justify-end gap-2">
        <Link href={backHref} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
