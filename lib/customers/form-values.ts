// A stored customer as the strings its edit form starts from, and which of a submitted form's
// fields the user changed: the edit saves only those (decision 029), so a save never reverts a
// field someone else changed meanwhile.
import { FORM_FIELDS, storedValue, type CustomerSource } from "./fields";

export type CustomerFormValues = Record<string, string>;

/** Each form field of the declaration (lib/customers/fields.ts), by its own rule or as stored text. */
export function customerFormValues(customer: CustomerSource): CustomerFormValues {
  return Object.fromEntries(
    FORM_FIELDS.map((def) => [def.name, "value" in def.form ? def.form.value(customer) : String(storedValue(customer, def.name) ?? "")]),
  );
}

const FORM_FIELD_NAMES = new Set<string>(FORM_FIELDS.map((def) => def.name));

/** The form's `loaded` hidden input: the values it was opened with, or null when absent or not a
 * flat object of strings (then every submitted field counts as changed). */
export function parseLoadedValues(text: string | undefined): CustomerFormValues | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed);
    return entries.every(([, value]) => typeof value === "string") ? (Object.fromEntries(entries) as CustomerFormValues) : null;
  } catch {
    return null;
  }
}

/** The submitted form fields whose text differs from what the form loaded. */
export function changedFormValues(submitted: Record<string, string>, loaded: CustomerFormValues | null): CustomerFormValues {
  return Object.fromEntries(
    Object.entries(submitted).filter(([name, value]) => FORM_FIELD_NAMES.has(name) && (loaded === null || value !== (loaded[name] ?? ""))),
  );
}
