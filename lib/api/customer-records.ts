// The REST API's view of a customer's subscriptions, orders, users and settings (decision 020):
// money as minor units in a decimal string (64-bit, exact in any JSON parser) with its currency,
// days as "YYYY-MM-DD". The response schemas here generate the OpenAPI document.
import { z } from "zod";
import { BILLING_PERIODS } from "../contracts/schema";
import type { AuditActor } from "../audit/write-audit-log";
import { getCustomerSettings } from "../customer-settings/queries";
import { createCustomerUser } from "../customer-users/mutations";
import { listCustomerUsers } from "../customer-users/queries";
import { CUSTOMER_USER_ROLES, customerUserInputSchema } from "../customer-users/schema";
import { getDb } from "../db/client";
import { listCustomerOrders } from "../orders/queries";
import { ORDER_STATUSES } from "../orders/schema";
import { createSubscription } from "../subscriptions/mutations";
import { listCustomerSubscriptions } from "../subscriptions/queries";
import { subscriptionInputSchema } from "../subscriptions/schema";
import { moneyJson as money, moneyJsonSchema } from "../subscriptions/revenue-json";
import { ApiError, invalidRequest } from "./errors";

const day = z.iso.date();

export const subscriptionJsonSchema = z.object({
  id: z.number().int(), product: z.string(), quantity: z.number().int(), unitPrice: moneyJsonSchema,
  billingPeriod: z.enum(BILLING_PERIODS), startDate: day, endDate: day.nullable(),
  status: z.enum(["upcoming", "active", "ended"]), mrr: moneyJsonSchema.describe("The line's monthly value, in the line's currency"),
});
export const orderJsonSchema = z.object({
  id: z.number().int(), number: z.string(), orderedAt: day, total: moneyJsonSchema,
  status: z.enum(ORDER_STATUSES), daysOverdue: z.number().int().describe("Days past the payment terms; 0 unless open and overdue"),
});
export const customerUserJsonSchema = z.object({ id: z.number().int(), name: z.string(), email: z.string(), role: z.enum(CUSTOMER_USER_ROLES) });
export const customerSettingsJsonSchema = z.object({
  invoiceLanguage: z.string(), currency: z.string(), paymentTermsDays: z.number().int(), defaultDataRetention: z.string(),
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function requireCustomer(customerId: number) {
  const found = await getDb().customer.findUnique({ where: { id: customerId }, select: { id: true } });
  if (!found) throw new ApiError(404, "not_found", `Customer ${customerId} does not exist`);
}

export async function listSubscriptionsJson(customerId: number) {
  await requireCustomer(customerId);
  const { rows, revenue } = await listCustomerSubscriptions(customerId);
  return {
    data: rows.map((row) => ({
      id: row.id, product: row.product, quantity: row.quantity, unitPrice: money(row.unitPriceMinor, row.currency),
      billingPeriod: row.billingPeriod, startDate: isoDay(row.startDate), endDate: row.endDate ? isoDay(row.endDate) : null,
      status: row.status, mrr: money(row.lineMrrMinor, row.currency),
    })),
    mrr: money(revenue.mrrMinor, revenue.currency),
    arr: money(revenue.arrMinor, revenue.currency),
  };
}

export async function listOrdersJson(customerId: number) {
  await requireCustomer(customerId);
  const { rows } = await listCustomerOrders(customerId);
  return {
    data: rows.map((row) => ({
      id: row.id, number: row.number, orderedAt: isoDay(row.orderedAt), total: money(row.totalMinor, row.currency), status: row.status, daysOverdue: row.daysOverdue,
    })),
  };
}

export async function listCustomerUsersJson(customerId: number) {
  await requireCustomer(customerId);
  return { data: (await listCustomerUsers(customerId)).map(({ id, name, email, role }) => ({ id, name, email, role })) };
}

export async function getCustomerSettingsJson(customerId: number) {
  await requireCustomer(customerId);
  return getCustomerSettings(customerId);
}

/** POST body: the console's fields; unitPrice as text or number ("49.50"), days as YYYY-MM-DD. */
export async function createSubscriptionFromApi(actor: AuditActor, customerId: number, body: unknown) {
  const parsed = subscriptionInputSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error);
  const created = await createSubscription(actor, customerId, parsed.data);
  return (await listSubscriptionsJson(customerId)).data.find((row) => row.id === created.id)!;
}

export async function createCustomerUserFromApi(actor: AuditActor, customerId: number, body: unknown) {
  const parsed = customerUserInputSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error);
  const { id, name, email, role } = await createCustomerUser(actor, customerId, parsed.data);
  return { id, name, email, role };
}
