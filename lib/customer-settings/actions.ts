"use server";
// Saving a customer's settings: a public endpoint like every action.
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { customerIdSchema } from "../customers/schema";
import { saveCustomerSettings } from "./mutations";
import { customerSettingsInputSchema } from "./schema";

const schema = customerSettingsInputSchema.extend({ customerId: customerIdSchema });

export async function saveCustomerSettingsAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "customerSettings.write", schema, formData }, (actor, { customerId, ...settings }, options) =>
    saveCustomerSettings(actor, customerId, settings, options),
  );
}
