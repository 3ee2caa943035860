"use server";
// Saving a customer's settings: a public endpoint like every action. The form sends the version
// it loaded and the values it opened with (`loaded`); only the fields whose text the user changed
// are saved, so a save never reverts a field someone else changed meanwhile (decision 035).
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { formDataToObject } from "../actions/safe-action";
import { changedFieldsOf } from "../versions/changed-fields";
import { versionSchema } from "../versions/stale-version";
import { customerIdSchema } from "../customers/schema";
import { saveCustomerSettings } from "./mutations";
import { customerSettingsInputSchema } from "./schema";

// The version is required: a post that does not say what it loaded could overwrite anything.
const schema = customerSettingsInputSchema.extend({ customerId: customerIdSchema, version: versionSchema });

export async function saveCustomerSettingsAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const sent = formDataToObject(formData);
  return runCustomerRecordAction({ permission: "customerSettings.write", schema, formData }, (actor, { customerId, version: _version, ...settings }, options) =>
    saveCustomerSettings(actor, customerId, changedFieldsOf(settings, sent), options),
  );
}
