// Integration: a customer's subscriptions, orders, users and settings through the REST API, and
// the customer JSON's stored revenue (decision 020: minor units as decimal strings with currency).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { GET as getCustomer } from "@/app/api/v1/customers/[id]/route";
import { GET as listSubscriptions, POST as addSubscription } from "@/app/api/v1/customers/[id]/subscriptions/route";
import { GET as listUsers, POST as addUser } from "@/app/api/v1/customers/[id]/users/route";
import { GET as listOrders } from "@/app/api/v1/customers/[id]/orders/route";
import { GET as getSettings } from "@/app/api/v1/customers/[id]/settings/route";
import { customerJsonSchema } from "@/lib/api/customer-json";
import { apiRequest, createToken, idParams } from "./helpers";

let write: string;
let read: string;
let customerId: number;
const line = { product: "Cloud PACS", quantity: 2, unitPrice: "10.00", currency: "USD", billingPeriod: "quarterly", startDate: "2020-01-01" };

beforeAll(async () => {
  write = (await createToken("read_write")).token;
  read = (await createToken("read")).token;
  customerId = (await getDb().customer.create({ data: { name: "Api Clinic", nameSort: "api clinic", searchText: "api clinic" } })).id;
});

const call = (handler: typeof listSubscriptions, path: string, options: Parameters<typeof apiRequest>[1], id: number = customerId) =>
  handler(apiRequest(`/customers/${id}${path}`, options), idParams(id));

describe("subscriptions", () => {
  it("creates a line with a read-write token and the customer JSON shows the stored MRR and ARR", async () => {
    const created = await call(addSubscription, "/subscriptions", { token: write, body: line });
    expect(created.status).toBe(201);
    // 2 x 10.00 a quarter = 6.666... a month, rounded half up to 6.67.
    expect(await created.json()).toMatchObject({ product: "Cloud PACS", status: "active", unitPrice: { amountMinor: "1000", currency: "USD" }, mrr: { amountMinor: "667", currency: "USD" } });
    const customer = await (await getCustomer(apiRequest(`/customers/${customerId}`, { token: read }), idParams(customerId))).json();
    expect(customerJsonSchema.parse(customer)).toMatchObject({ mrr: { amountMinor: "667", currency: "USD" }, arr: { amountMinor: "8004", currency: "USD" }, subscriptionCount: 1 });
    const list = await (await call(listSubscriptions, "/subscriptions", { token: read })).json();
    expect(list).toMatchObject({ mrr: { amountMinor: "667" }, arr: { amountMinor: "8004" } });
    expect(list.data).toHaveLength(1);
  });

  it("refuses bad input with field messages, a read token with 403 and an unknown customer with 404, writing nothing", async () => {
    const before = await getDb().subscription.count();
    const bad = await call(addSubscription, "/subscriptions", { token: write, body: { ...line, quantity: -1, billingPeriod: "weekly", endDate: "2019-01-01" } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fieldErrors).toMatchObject({ quantity: ["The quantity cannot be negative"], billingPeriod: [expect.any(String)] });
    expect((await call(addSubscription, "/subscriptions", { token: read, body: line })).status).toBe(403);
    expect((await call(addSubscription, "/subscriptions", { token: write, body: line }, 999_999)).status).toBe(404);
    expect(await getDb().subscription.count()).toBe(before);
  });
});

describe("users, orders and settings", () => {
  it("creates a user, refuses the same email again with 409 at the field, and lists users", async () => {
    expect((await call(addUser, "/users", { token: write, body: { name: "Ann", email: "ann@example.com", role: "owner" } })).status).toBe(201);
    const again = await call(addUser, "/users", { token: write, body: { name: "Ann B", email: "ANN@example.com", role: "member" } });
    expect(again.status).toBe(409);
    expect((await again.json()).error.fieldErrors).toEqual({ email: ["ann@example.com is already a user of this customer"] });
    expect((await (await call(listUsers, "/users", { token: read })).json()).data).toEqual([{ id: expect.any(Number), name: "Ann", email: "ann@example.com", role: "owner" }]);
  });

  it("lists orders with days overdue and the settings' defaults", async () => {
    await getDb().order.create({ data: { customerId, number: `API-${customerId}`, orderedAt: new Date("2020-01-01T00:00:00Z"), totalMinor: 5000n } });
    const orders = await (await call(listOrders, "/orders", { token: read })).json();
    expect(orders.data[0]).toMatchObject({ number: `API-${customerId}`, status: "open", total: { amountMinor: "5000", currency: "USD" } });
    expect(orders.data[0].daysOverdue).toBeGreaterThan(0);
    expect(await (await call(getSettings, "/settings", { token: read })).json()).toEqual({ invoiceLanguage: "en", currency: "USD", paymentTermsDays: 30, defaultDataRetention: "1y" });
    expect((await call(getSettings, "/settings", { token: read }, 999_999)).status).toBe(404);
  });
});
