// The OpenAPI paths and schemas of a customer's subscriptions, orders, users and settings,
// generated from the schemas the API validates and answers with (lib/api/customer-records.ts).
import { z } from "zod";
import { customerUserInputSchema } from "../customer-users/schema";
import { moneyJsonSchema } from "../subscriptions/revenue-json";
import { subscriptionInputSchema } from "../subscriptions/schema";
import { customerSettingsJsonSchema, customerUserJsonSchema, orderJsonSchema, subscriptionJsonSchema } from "./customer-records";
import { jsonSchemaOf } from "./openapi";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Record<string, unknown>) => ({ "application/json": { schema } });
const notFound = { "404": { description: "No such customer", content: json(ref("Error")) } };
const conflict = { "409": { description: "A user with this email already belongs to the customer", content: json(ref("Error")) } };

type Shared = { idParameter: Record<string, unknown>; authErrors: Record<string, unknown>; writeErrors: Record<string, unknown> };

const listOf = (item: z.ZodType, extra: Record<string, z.ZodType> = {}) => z.object({ data: z.array(item), ...extra });

export function customerRecordPaths({ idParameter, authErrors, writeErrors }: Shared) {
  const read = (summary: string, schema: string) => ({
    summary, parameters: [idParameter], responses: { "200": { description: summary, content: json(ref(schema)) }, ...notFound, ...authErrors },
  });
  const create = (summary: string, input: string, output: string, extra = {}) => ({
    summary, parameters: [idParameter], requestBody: { required: true, content: json(ref(input)) },
    responses: { "201": { description: "Created", content: json(ref(output)) }, ...notFound, ...writeErrors, ...extra },
  });
  return {
    "/customers/{id}/subscriptions": {
      get: read("The customer's subscription lines, with its MRR and ARR in its currency (other-currency lines are not summed)", "SubscriptionList"),
      post: create("Add a subscription line", "SubscriptionInput", "Subscription"),
    },
    "/customers/{id}/orders": { get: read("The customer's orders, newest first, with days overdue", "OrderList") },
    "/customers/{id}/users": {
      get: read("The customer's own users", "CustomerUserList"),
      post: create("Add a user (email unique within the customer)", "CustomerUserInput", "CustomerUser", conflict),
    },
    "/customers/{id}/settings": { get: read("The customer's settings", "CustomerSettings") },
  };
}

export function customerRecordSchemas() {
  return {
    Money: jsonSchemaOf(moneyJsonSchema, "output"),
    Subscription: jsonSchemaOf(subscriptionJsonSchema, "output"),
    SubscriptionList: jsonSchemaOf(listOf(subscriptionJsonSchema, { mrr: moneyJsonSchema, arr: moneyJsonSchema }), "output"),
    SubscriptionInput: jsonSchemaOf(subscriptionInputSchema, "input"),
    Order: jsonSchemaOf(orderJsonSchema, "output"),
    OrderList: jsonSchemaOf(listOf(orderJsonSchema), "output"),
    CustomerUser: jsonSchemaOf(customerUserJsonSchema, "output"),
    CustomerUserList: jsonSchemaOf(listOf(customerUserJsonSchema), "output"),
    CustomerUserInput: jsonSchemaOf(customerUserInputSchema, "input"),
    CustomerSettings: jsonSchemaOf(customerSettingsJsonSchema, "output"),
  };
}
