"use server";
// Order server actions (finance): add an order, mark an open one paid or cancelled.
import { z } from "zod";
import { runCustomerRecordAction, type RecordFormState } from "../actions/customer-record-action";
import { customerIdSchema } from "../customers/schema";
import { recordIdSchema } from "../subscriptions/schema";
import { createOrder, transitionOrder } from "./mutations";
import { orderInputSchema, orderTransitionSchema } from "./schema";

const createSchema = orderInputSchema.and(z.object({ customerId: customerIdSchema }));
const transitionSchema = z.object({ customerId: customerIdSchema, orderId: recordIdSchema, to: orderTransitionSchema });

export async function createOrderAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "orders.write", schema: createSchema, formData }, (actor, { customerId, ...order }) =>
    createOrder(actor, customerId, order),
  );
}

export async function transitionOrderAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return runCustomerRecordAction({ permission: "orders.write", schema: transitionSchema, formData }, (actor, input, options) =>
    transitionOrder(actor, input.customerId, input.orderId, input.to, options),
  );
}
