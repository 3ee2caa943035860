"use client";
// New and edit share this form. Field errors come back from the server action with the values
// typed, so a mistake costs nothing. The customer is fixed by the page, never a field.
import Link from "next/link";
import { useActionState } from "react";
import type { LocationFormState } from "@/lib/locations/actions";
import { LOCATION_STATUSES, LOCATION_STATUS_LABELS } from "@/lib/locations/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export type LocationFormValues = { name: string; addressLine1: string; postalCode: string; city: string; region: string; country: string; status: string };

type Props = {
  action: (state: LocationFormState, formData: FormData) => Promise<LocationFormState>;
  customerId: number;
  locationId?: number;
  initialValues: LocationFormValues;
  submitLabel: string;
  cancelHref: string;
};

const TEXT_FIELDS = [
  { name: "addressLine1", label: "Address", maxLength: 200 },
  { name: "postalCode", label: "Postal code", maxLength: 20 },
  { name: "city", label: "City", maxLength: 100 },
  { name: "region", label: "Region", maxLength: 100 },
] as const;

export function LocationForm({ action, customerId, locationId, initialValues, submitLabel, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? { ...initialValues, ...state.values } : initialValues;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="customerId" value={customerId} />
      {locationId !== undefined && <input type="hidden" name="locationId" value={locationId} />}
      {state && !state.ok && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      <Field name="name" label="Name" errors={errors.name} required hint="As the customer calls the site, e.g. “Main clinic”.">
        {(field) => <input {...field} required autoFocus maxLength={200} defaultValue={values.name} />}
      </Field>
      {TEXT_FIELDS.map(({ name, label, maxLength }) => (
        <Field key={name} name={name} label={label} errors={errors[name]}>
          {(field) => <input {...field} maxLength={maxLength} defaultValue={values[name]} />}
        </Field>
      ))}
      <Field name="country" label="Country" errors={errors.country} hint="Two-letter code, e.g. US or NO.">
        {(field) => <input {...field} maxLength={2} defaultValue={values.country} className={`${field.className} uppercase`} />}
      </Field>
      <Field name="status" label="Status" errors={errors.status} required>
        {(field) => (
          <select {...field} defaultValue={values.status}>
            {LOCATION_STATUSES.map((value) => <option key={value} value={value}>{LOCATION_STATUS_LABELS[value]}</option>)}
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
