"use client";
// Step 2 of the New Contract wizard and the edit form share these fields. Errors come back from
// the server action with the values typed, and the form is re-keyed with them.
import Link from "next/link";
import { useActionState } from "react";
import type { ContractFormState } from "@/lib/contracts/actions";
import { BILLING_PERIOD_LABELS, BILLING_PERIODS, CONTRACT_UNITS, CURRENCIES, type ContractType } from "@/lib/contracts/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { dateInputProps, Field } from "@/components/ui/field";

export type ContractFormValues = Record<string, string>;

type Props = {
  action: (state: ContractFormState, formData: FormData) => Promise<ContractFormState>;
  customerId: number;
  type: ContractType;
  /** Set when editing; the type then stays as it is and is not posted. */
  contractId?: number;
  /** The version the edit loaded: a save against a newer one is refused (decision 029). */
  version?: number;
  initialValues: ContractFormValues;
  submitLabel: string;
  backHref: string;
  backLabel: string;
};

export function ContractForm({ action, customerId, type, contractId, version, initialValues, submitLabel, backHref, backLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? state.values : initialValues;
  // A re-shown form keeps what was posted: an unticked box is absent from the post.
  const checked = (name: string) => (state && !state.ok && state.values ? values[name] === "on" : initialValues[name] === "on");
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const unit = CONTRACT_UNITS[type];

  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field name={name} label={label} errors={errors[name]} required={props.required} hint={hint}>
      {(field) => <input {...field} {...props} defaultValue={values[name] ?? ""} />}
    </Field>
  );

  const checkbox = (name: string, label: string) => (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" name={name} defaultChecked={checked(name)} className="h-4 w-4 rounded border-slate-300 text-indigo-600" />
      {label}
    </label>
  );

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="customerId" value={customerId} />
      {contractId === undefined ? <input type="hidden" name="type" value={type} /> : <input type="hidden" name="contractId" value={contractId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {state.error}
          {/* A field the form does not show (the type, the ids) still gets its message seen. */}
          {Object.entries(errors)
            .filter(([name]) => ["type", "customerId", "contractId", "version", "form"].includes(name))
            .map(([name, messages]) => <span key={name} className="block">{messages?.join(" ")}</span>)}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {input("startDate", "Start Date", { ...dateInputProps, required: true })}
        {input("endDate", "End Date", dateInputProps, "Leave empty for a contract without an end date.")}
        <Field name="currency" label="Currency" errors={errors.currency} required>
          {(field) => (
            <select {...field} defaultValue={values.currency ?? "USD"}>
              {CURRENCIES.map((currency) => <option key={currency} value={currency}>{currency}</option>)}
            </select>
          )}
        </Field>
        {input("unitPrice", `Unit Price (per ${unit.one})`, { inputMode: "decimal", required: true, placeholder: "12.50" })}
        {input("includedUnits", `Included Units (${unit.many} per month without charge)`, { inputMode: "numeric", placeholder: "0" })}
        <Field name="billingPeriod" label="Billing Period" errors={errors.billingPeriod} required>
          {(field) => (
            <select {...field} defaultValue={values.billingPeriod ?? "monthly"}>
              {BILLING_PERIODS.map((period) => <option key={period} value={period}>{BILLING_PERIOD_LABELS[period]}</option>)}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="sr-only">Automation</legend>
        {checkbox("sendInvoicesAutomatically", "Send Invoices Automatically")}
        {checkbox("autoRenew", "Automatically Renew")}
      </fieldset>
      <div className="flex justify-end gap-2">
        <Link href={backHref} className={buttonStyles.secondary}>{backLabel}</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
