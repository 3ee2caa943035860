"use client";
// Create and edit share this form. Field errors come back from the server action; the values the
// user typed are kept (the form is re-keyed with them) so a mistake never costs the whole form.
import Link from "next/link";
import { useActionState } from "react";
import type { CustomerFormState } from "@/lib/customers/actions";
import { CUSTOMER_FIELD_LABELS } from "@/lib/customers/format";
import { CUSTOMER_STATUSES } from "@/lib/customers/schema";
import type { CustomerFormOptions } from "@/lib/customers/queries";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export type CustomerFormValues = Record<string, string>;

type Props = {
  action: (state: CustomerFormState, formData: FormData) => Promise<CustomerFormState>;
  initialValues: CustomerFormValues;
  options: CustomerFormOptions;
  submitLabel: string;
  cancelHref: string;
  customerId?: number;
};

export function CustomerForm({ action, initialValues, options, submitLabel, cancelHref, customerId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? state.values : initialValues;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  // Labels come from the one vocabulary the audit log uses too.
  const text = (name: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field name={name} label={CUSTOMER_FIELD_LABELS[name] ?? name} errors={errors[name]} required={props.required}>
      {(field) => <input {...field} {...props} className={`${field.className} ${props.className ?? ""}`} defaultValue={values[name] ?? ""} />}
    </Field>
  );

  const picker = (name: string, label: string, choices: { id: number; name: string }[]) => (
    <Field name={name} label={label} errors={errors[name]}>
      {(field) => (
        <select {...field} defaultValue={values[name] ?? ""}>
          <option value="">None</option>
          {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
        </select>
      )}
    </Field>
  );

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {customerId !== undefined && <input type="hidden" name="id" value={customerId} />}
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Customer</legend>
        {text("name", { required: true, autoFocus: true, maxLength: 200 })}
        <Field name="status" label={CUSTOMER_FIELD_LABELS.status} errors={errors.status}>
          {(field) => (
            <select {...field} defaultValue={values.status ?? "trial"}>
              {CUSTOMER_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
            </select>
          )}
        </Field>
        {picker("accountManagerId", CUSTOMER_FIELD_LABELS.accountManager, options.accountManagers)}
        {picker("partnerId", CUSTOMER_FIELD_LABELS.partner, options.partners)}
        {text("tags", { placeholder: "vip, pilot" })}
        {text("trialEndsAt", { type: "date" })}
        {text("organisationNumber", { maxLength: 40 })}
        {text("externalId", { maxLength: 100 })}
        {text("industryCode", { maxLength: 20 })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Billing</legend>
        {text("billingEmail", { type: "email" })}
        {text("billingContact")}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Address</legend>
        {text("addressLine1")}
        {text("addressLine2")}
        {text("postalCode")}
        {text("city")}
        {text("region")}
        {text("country", { placeholder: "US", maxLength: 2, className: "uppercase" })}
      </fieldset>
      <Field name="notes" label={CUSTOMER_FIELD_LABELS.notes} errors={errors.notes}>
        {(field) => <textarea {...field} rows={4} defaultValue={values.notes ?? ""} />}
      </Field>
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
