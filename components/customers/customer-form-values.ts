import type { CustomerDetail } from "@/lib/customers/queries";
import { FORM_FIELDS, storedValue } from "@/lib/customers/fields";

/** A stored customer as the strings its edit form starts from: each form field of the
 * declaration (lib/customers/fields.ts), by its own rule or as stored text. */
export function customerFormValues(customer: CustomerDetail): Record<string, string> {
  return Object.fromEntries(
    FORM_FIELDS.map((def) => [def.name, "value" in def.form ? def.form.value(customer) : String(storedValue(customer, def.name) ?? "")]),
  );
}
