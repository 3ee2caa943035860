"use server";
// Subscription server actions: public endpoints (lib/actions/customer-record-action.ts). The
// customer id comes from the form; the mutations refuse a line of another customer.
import { z } from "zod";
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { customerIdSchema } from "../customers/schema";
import { createSubscription, endSubscription, updateSubscription } from "./mutations";
import { recordIdSchema, subscriptionEndSchema, subscriptionInputSchema } from "./schema";

const ids = { customerId: customerIdSchema, subscriptionId: recordIdSchema };
const createSchema = subscriptionInputSchema.and(z.object({ customerId: customerIdSchema }));
const updateSchema = subscriptionInputSchema.and(z.object(ids));
const endSchema = subscriptionEndSchema.extend(ids);
const tabPath = (customerId: number) => `/customers/${customerId}/subscriptions`;

export async function createSubscriptionAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "subscriptions.write", schema: createSchema, formData }, (actor, { customerId, ...line }) =>
    createSubscription(actor, customerId, line),
  );
}

export async function updateSubscriptionAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction(
    { permission: "subscriptions.write", schema: updateSchema, formData, redirectTo: tabPath },
    (actor, { customerId, subscriptionId, ...line }, options) => updateSubscription(actor, customerId, subscriptionId, line, options),
  );
}

export async function endSubscriptionAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "subscriptions.write", schema: endSchema, formData }, (actor, input, options) =>
    endSubscription(actor, input.customerId, input.subscriptionId, input.endDate, options),
  );
}
