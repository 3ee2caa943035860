// Replaying a form's server action outside the browser, to prove the server (not the UI) refuses.
//
// A form bound to a server action through useActionState renders, for progressive enhancement,
// hidden inputs that name the action: `$ACTION_REF_<n>`, `$ACTION_<n>:0` ({"id": <action id>,
// "bound": "$@1"}), `$ACTION_<n>:1` (the bound previous state) and `$ACTION_KEY`. There is no
// `$ACTION_ID_<id>` input in this case (that form is used only for actions without bound args).
import type { Locator } from "@playwright/test";

export type ActionFields = Record<string, string>;

/** Every `$ACTION*` hidden input of `form`, as name -> value. */
export async function readActionFields(form: Locator): Promise<ActionFields> {
  const entries = await form
    .locator('input[type="hidden"][name^="$ACTION"]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]));
  if (entries.length === 0) throw new Error("The form has no $ACTION_* inputs; is it bound to a server action?");
  return Object.fromEntries(entries);
}

/** The server action id, from `$ACTION_<n>:0` (bound action) or `$ACTION_ID_<id>` (unbound). */
export function actionIdOf(fields: ActionFields): string {
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith("$ACTION_ID_")) return name.slice("$ACTION_ID_".length);
    if (/^\$ACTION_\d+:0$/.test(name)) return (JSON.parse(value) as { id: string }).id;
  }
  throw new Error(`No action id among ${Object.keys(fields).join(", ")}`);
}

/** The body of a no-JavaScript (MPA) submission: the hidden action fields plus the form values. */
export function mpaActionBody(fields: ActionFields, values: Record<string, string>): Record<string, string> {
  return { ...fields, ...values };
}

/** The body the Next client router sends for `action(previousState = null, formData)`: the form
 * data under the `_1_` prefix, then the argument list in field "0". The order matters (the server
 * decodes the stream as it arrives, and "0" refers back to the `_1_` fields), which is why this is
 * a FormData and not an object: an object would enumerate the integer-like key "0" first.
 * Send it with `fetchActionHeaders`. */
export function fetchActionBody(values: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(values)) body.append(`_1_${name}`, value);
  body.append("0", '[null,"$K1"]');
  return body;
}

export function fetchActionHeaders(actionId: string, origin: string): Record<string, string> {
  return { "Next-Action": actionId, Accept: "text/x-component", Origin: origin };
}
