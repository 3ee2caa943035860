"use client";
// New and edit share this form. Location and owner are searchable pickers over every customer;
// field errors come back from the server action with the values typed (and the names chosen).
import Link from "next/link";
import { useActionState } from "react";
import type { AssetFormState } from "@/lib/assets/actions";
import { ASSET_STATUSES, ASSET_STATUS_LABELS, ASSET_TYPES, ASSET_TYPE_LABELS, type AssetView } from "@/lib/assets/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";

type Choice = { id: number; label: string } | null;
export type AssetFormValues = { serial: string; model: string; type: string; status: string; location: Choice; owner: Choice };

type Props = {
  action: (state: AssetFormState, formData: FormData) => Promise<AssetFormState>;
  customerId: number;
  view: AssetView;
  assetId?: number;
  initialValues: AssetFormValues;
  submitLabel: string;
};

/** The choice the user made before a failed submit: kept only if it is still the same id. */
function keptChoice(initial: Choice, typedId: string | undefined, typedLabel: string | undefined): Choice {
  if (typedId === undefined) return initial;
  if (!typedId) return null;
  return { id: Number(typedId), label: typedLabel ?? (initial?.id === Number(typedId) ? initial.label : `#${typedId}`) };
}

export function AssetForm({ action, customerId, view, assetId, initialValues, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const typed = state && !state.ok ? state.values : undefined;
  const values = {
    serial: typed?.serial ?? initialValues.serial,
    model: typed?.model ?? initialValues.model,
    type: typed?.type ?? initialValues.type,
    status: typed?.status ?? initialValues.status,
    location: keptChoice(initialValues.location, typed?.locationId, typed?.locationLabel),
    owner: keptChoice(initialValues.owner, typed?.ownerCustomerId, typed?.ownerLabel),
  };
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const creating = assetId === undefined;
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="view" value={view} />
      {!creating && <input type="hidden" name="assetId" value={assetId} />}
      {state && !state.ok && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      {creating ? (
        <Field name="serial" label="Serial" errors={errors.serial} required hint="Unique across all customers.">
          {(field) => <input {...field} required autoFocus maxLength={100} defaultValue={values.serial} />}
        </Field>
      ) : (
        <p className="text-sm"><span className="font-medium text-slate-700">Serial</span> <span className="font-mono">{values.serial}</span></p>
      )}
      <Field name="model" label="Model" errors={errors.model} required>
        {(field) => <input {...field} required maxLength={200} defaultValue={values.model} />}
      </Field>
      <Field name="type" label="Type" errors={errors.type} required>
        {(field) => (
          <select {...field} defaultValue={values.type}>
            {ASSET_TYPES.map((value) => <option key={value} value={value}>{ASSET_TYPE_LABELS[value]}</option>)}
          </select>
        )}
      </Field>
      <Field name="status" label="Status" errors={errors.status} required>
        {(field) => (
          <select {...field} defaultValue={values.status}>
            {ASSET_STATUSES.map((value) => <option key={value} value={value}>{ASSET_STATUS_LABELS[value]}</option>)}
          </select>
        )}
      </Field>
      <Combobox
        name="locationId"
        labelName="locationLabel"
        label="Location"
        source={`/pickers/locations?customerId=${customerId}`}
        initial={values.location}
        errors={errors.locationId}
        hint="Where the asset stands: any customer's site. Type a customer's or a site's name."
        required
      />
      <Combobox
        name="ownerCustomerId"
        labelName="ownerLabel"
        label="Owner"
        source="/pickers/customers"
        initial={values.owner}
        errors={errors.ownerCustomerId}
        hint="The customer who owns the asset, wherever it stands."
        required
      />
      <div className="flex justify-end gap-2">
        <Link href={`/customers/${customerId}/${view}`} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Saving…" : submitLabel}</button>
      </div>
    </form>
  );
}
