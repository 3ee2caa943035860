"use client";
// A form declared as a list of fields, for the small records of a customer's tabs (a subscription
// line, an order, a user, the settings). The server action answers with field errors and the
// values typed (lib/actions/customer-record-action.ts); a save shows a toast and clears an add form.
//
// Usage:
//   <RecordForm action={createOrderAction} hidden={{ customerId }} fields={[{ name: "number", label: "Number", required: true }]}
//     initialValues={{ number: "" }} submitLabel="Add order" savedMessage="Order added." />
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import type { RecordFormState } from "@/lib/actions/customer-record-action";
import { buttonStyles } from "./button-styles";
import { dateInputProps, Field } from "./field";
import { Td } from "./table";
import { showToast } from "./toast";

export type RecordField = {
  name: string;
  label: string;
  type?: "text" | "email" | "date" | "number" | "select";
  options?: ReadonlyArray<{ value: string; label: string }>;
  required?: boolean;
  hint?: string;
  maxLength?: number;
};

type Props = {
  action: (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;
  hidden: Record<string, string | number>;
  fields: readonly RecordField[];
  initialValues: Record<string, string>;
  submitLabel: string;
  savedMessage: string;
  title?: string;
  cancelHref?: string;
  /** An add form empties after a save; an edit form keeps what was saved. */
  resetOnSave?: boolean;
};

export function RecordForm({ action, hidden, fields, initialValues, submitLabel, savedMessage, title, cancelHref, resetOnSave = true }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [generation, setGeneration] = useState(0);
  const seen = useRef<RecordFormState>(null);
  useEffect(() => {
    if (!state || state === seen.current) return;
    seen.current = state;
    if (state.ok) {
      showToast(savedMessage);
      if (resetOnSave) setGeneration((value) => value + 1);
    }
  }, [state, savedMessage, resetOnSave]);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initialValues, ...failed.values } : initialValues;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form
      key={`${generation}:${JSON.stringify(values)}`}
      action={formAction}
      noValidate
      aria-label={title ?? submitLabel}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {title && <h3 className="text-sm font-semibold text-slate-800">{title}</h3>}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {failed && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{failed.error}</p>}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {fields.map((spec) => (
          <Field key={spec.name} name={spec.name} label={spec.label} errors={errors[spec.name]} required={spec.required} hint={spec.hint}>
            {(field) =>
              spec.type === "select" ? (
                <select {...field} defaultValue={values[spec.name]}>
                  {spec.options?.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                </select>
              ) : (
                <input {...field} {...(spec.type === "date" ? dateInputProps : { type: spec.type ?? "text", maxLength: spec.maxLength })} defaultValue={values[spec.name]} />
              )
            }
          </Field>
        ))}
      </div>
      <div className="flex justify-end gap-2">
        {cancelHref && <Link href={cancelHref} className={buttonStyles.secondary}>Cancel</Link>}
        <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Saving…" : submitLabel}</button>
      </div>
    </form>
  );
}

/** One tab's add-or-edit form, declared once at the top of the tab. */
export type RecordFormKind = {
  /** What a row is, in lower case: "user", "subscription". */
  noun: string;
  /** The tab's segment below the customer ("users"): Cancel on the edit form goes back there. */
  tab: string;
  /** The form field that names the row being edited ("userId"). */
  idField: string;
  create: Props["action"];
  update: Props["action"];
  fields: readonly RecordField[];
};

type AddOrEditProps = {
  kind: RecordFormKind;
  customerId: number;
  /** The row being edited (the tab's `?edit=<id>`), or undefined for the add form. */
  /** The record being edited; `version` is the one loaded (a stale save is refused, decision 029). */
  editing: { id: number; name: string; version?: number } | undefined;
  initialValues: Record<string, string>;
};

/** A tab's add form, or the edit form of one of its rows: the title, button, toast, Cancel and
 * whether it empties after a save follow from which of the two it is. */
export function AddOrEditForm({ kind, customerId, editing, initialValues }: AddOrEditProps) {
  const { noun } = kind;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <RecordForm
      key={editing?.id ?? "new"}
      action={editing ? kind.update : kind.create}
      hidden={editing ? { customerId, [kind.idField]: editing.id, ...(editing.version === undefined ? {} : { version: editing.version }) } : { customerId }}
      fields={kind.fields}
      initialValues={initialValues}
      title={editing ? `Edit ${editing.name}` : `Add ${noun}`}
      submitLabel={editing ? `Save ${noun}` : `Add ${noun}`}
      savedMessage={editing ? `${Noun} saved.` : `${Noun} added.`}
      cancelHref={editing ? `/customers/${customerId}/${kind.tab}` : undefined}
      resetOnSave={!editing}
    />
  );
}

/** The last cell of a tab's editable row: Edit (the tab's `?edit=<id>`), then the row's other actions. */
export function RowActionsCell({ kind, customerId, id, name, children }: { kind: RecordFormKind; customerId: number; id: number; name: string; children?: React.ReactNode }) {
  return (
    <Td>
      <div className="flex justify-end gap-2">
        <Link href={`/customers/${customerId}/${kind.tab}?edit=${id}`} className={buttonStyles.secondary} aria-label={`Edit ${name}`}>Edit</Link>
        {children}
      </div>
    </Td>
  );
}
