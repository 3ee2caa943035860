"use server";
// Customer-user server actions: add, edit, remove one of the customer's own people.
import { z } from "zod";
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { customerIdSchema } from "../customers/schema";
import { recordIdSchema } from "../subscriptions/schema";
import { createCustomerUser, removeCustomerUser, updateCustomerUser } from "./mutations";
import { customerUserInputSchema } from "./schema";

const ids = { customerId: customerIdSchema, userId: recordIdSchema };
const tabPath = (customerId: number) => `/customers/${customerId}/users`;

export async function createCustomerUserAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const schema = customerUserInputSchema.extend({ customerId: customerIdSchema });
  return runCustomerRecordAction({ permission: "customerUsers.write", schema, formData }, (actor, { customerId, ...user }) =>
    createCustomerUser(actor, customerId, user),
  );
}

export async function updateCustomerUserAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const schema = customerUserInputSchema.extend(ids);
  return runCustomerRecordAction({ permission: "customerUsers.write", schema, formData, redirectTo: tabPath }, (actor, { customerId, userId, ...user }, options) =>
    updateCustomerUser(actor, customerId, userId, user, options),
  );
}

export async function removeCustomerUserAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "customerUsers.write", schema: z.object(ids), formData }, (actor, input, options) =>
    removeCustomerUser(actor, input.customerId, input.userId, options),
  );
}
