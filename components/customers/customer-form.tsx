"use client";
// Create and edit share this form. Its fields, their order, labels and controls are the
// declaration's (lib/customers/fields.ts). Field errors come back from the server action; the
// values the user typed are kept (the form is re-keyed with them) so a mistake never costs the
// whole form. An edit sends the version it loaded and the values it loaded (hidden inputs, so a
// post without JavaScript works the same); the server saves only the fields that differ from them
// and refuses a save against a newer version, which comes back here with "Changed by" and the
// user's input kept on top of the newer values (decision 029).
import Link from "next/link";
import { useActionState } from "react";
import type { CustomerFormState } from "@/lib/customers/actions";
import { FORM_FIELDS, type FormField, type FormSection, type FormSpec } from "@/lib/customers/fields";
import { CUSTOMER_STATUSES } from "@/lib/customers/schema";
import type { CustomerFormOptions } from "@/lib/customers/queries";
import { buttonStyles } from "@/components/ui/button-styles";
import { dateInputProps, Field } from "@/components/ui/field";
import { CUSTOMER_FIELD_LABELS_BY_KEY } from "@/lib/customers/fields";
import type { VersionConflict } from "@/lib/versions/stale-version";

export type CustomerFormValues = Record<string, string>;

type Props = {
  action: (state: CustomerFormState, formData: FormData) => Promise<CustomerFormState>;
  initialValues: CustomerFormValues;
  options: CustomerFormOptions;
  submitLabel: string;
  cancelHref: string;
  customerId?: number;
  /** The stored version the edit form loaded; absent on create. */
  version?: number;
};

const SECTIONS: { section: FormSection; legend?: string }[] = [
  { section: "customer", legend: "Customer" },
  { section: "billing", legend: "Billing" },
  { section: "address", legend: "Address" },
  { section: "notes" },
];

const INPUT_TYPES: Partial<Record<FormSpec["control"], string>> = { email: "email", url: "url" };

function Control({ def, value, options, autoFocus, field }: {
  def: FormField;
  value: string;
  options: CustomerFormOptions;
  autoFocus: boolean;
  field: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string };
}) {
  const form: FormSpec = def.form;
  switch (form.control) {
    case "status":
      return (
        <select {...field} defaultValue={value || "trial"}>
          {CUSTOMER_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
        </select>
      );
    case "partner":
    case "accountManager": {
      const choices = form.control === "partner" ? options.partners : options.accountManagers;
      return (
        <select {...field} defaultValue={value}>
          <option value="">None</option>
          {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
        </select>
      );
    }
    case "textarea":
      return <textarea {...field} rows={4} defaultValue={value} />;
    default:
      return (
        <input
          {...field}
          {...(form.control === "date" ? dateInputProps : {})}
          type={INPUT_TYPES[form.control] ?? "text"}
          required={form.required}
          autoFocus={autoFocus}
          {...(form.maxLength !== undefined ? { maxLength: form.maxLength } : {})}
          {...(form.placeholder !== undefined ? { placeholder: form.placeholder } : {})}
          className={`${field.className} ${form.uppercase ? "uppercase" : ""}`}
          defaultValue={value}
        />
      );
  }
}

const shown = (value: unknown) => (value === null || value === undefined || value === "" ? "(empty)" : String(value));

export function ConflictChanges({ conflict }: { conflict: VersionConflict }) {
  if (conflict.changes.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-5" aria-label={`What ${conflict.by} changed`}>
      {conflict.changes.map((change) => (
        <li key={change.field}>
          {CUSTOMER_FIELD_LABELS_BY_KEY[change.field] ?? change.field}: {shown(change.before)} → {shown(change.after)}
        </li>
      ))}
    </ul>
  );
}

export function CustomerForm({ action, initialValues, options, submitLabel, cancelHref, customerId, version }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? state.values : initialValues;
  // After a refused save the form edits from the newer version the server sent back.
  const loaded = (state && !state.ok && state.loaded) || initialValues;
  const editedVersion = (state && !state.ok && state.version) || version;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const render = (def: FormField) => (
    <Field key={def.name} name={def.name} label={def.label} errors={errors[def.name]} required={(def.form as FormSpec).required}>
      {(field) => <Control def={def} value={values[def.name] ?? ""} options={options} autoFocus={def === FORM_FIELDS[0]} field={field} />}
    </Field>
  );

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {customerId !== undefined && <input type="hidden" name="id" value={customerId} />}
      {customerId !== undefined && <input type="hidden" name="version" value={editedVersion ?? ""} />}
      {customerId !== undefined && <input type="hidden" name="loaded" value={JSON.stringify(loaded)} />}
      {state && !state.ok && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          <p>{state.error}</p>
          {state.conflict && <ConflictChanges conflict={state.conflict} />}
        </div>
      )}
      {SECTIONS.map(({ section, legend }) => {
        const fields = FORM_FIELDS.filter((def) => def.form.section === section);
        if (!legend) return <div key={section} className="space-y-4">{fields.map(render)}</div>;
        return (
          <fieldset key={section} className="grid gap-4 sm:grid-cols-2">
            <legend className="mb-2 text-sm font-semibold text-slate-900">{legend}</legend>
            {fields.map(render)}
          </fieldset>
        );
      })}
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
