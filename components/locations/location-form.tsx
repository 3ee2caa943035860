"use client";
// New and edit share this form (components/ui/action-form.tsx): a new location without
// `location`, an edit with it. Field errors come back from the server action with the values
// typed. The customer is fixed by the page, never a field.
import { createLocationAction, updateLocationAction } from "@/lib/locations/actions";
import { LOCATION_STATUSES, LOCATION_STATUS_LABELS } from "@/lib/locations/schema";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

type Location = {
  id: number;
  name: string;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  status: string;
};

/** `defaultCountry` fills a new location's country (the customer's). */
type Props = { customerId: number; location?: Location; defaultCountry?: string | null };

const TEXT_FIELDS = [
  { name: "addressLine1", label: "Address", maxLength: 200 },
  { name: "postalCode", label: "Postal code", maxLength: 20 },
  { name: "city", label: "City", maxLength: 100 },
  { name: "region", label: "Region", maxLength: 100 },
] as const;

export function LocationForm({ customerId, location, defaultCountry }: Props) {
  const initialValues = {
    name: location?.name ?? "",
    addressLine1: location?.addressLine1 ?? "",
    postalCode: location?.postalCode ?? "",
    city: location?.city ?? "",
    region: location?.region ?? "",
    country: (location ? location.country : defaultCountry) ?? "",
    status: location?.status ?? "active",
  };
  return (
    <ActionForm
      action={location ? updateLocationAction : createLocationAction}
      hidden={{ customerId, locationId: location?.id }}
      initialValues={initialValues}
      submitLabel={location ? "Save changes" : "Create location"}
      cancelHref={`/customers/${customerId}/locations`}
    >
      {({ values, errors }) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
