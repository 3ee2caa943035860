// Integration: subscription, order, user and settings writes on a real database. Each write
// updates the customer's stored MRR/ARR/counts and writes its audit row in one transaction; a
// refused write leaves nothing; the daily batch agrees with the per-customer refresh.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createSubscription, endSubscription, updateSubscription } from "@/lib/subscriptions/mutations";
import { subscriptionInputSchema } from "@/lib/subscriptions/schema";
import { refreshCustomerRevenue } from "@/lib/subscriptions/refresh-revenue";
import { refreshAllRevenue } from "@/lib/subscriptions/refresh-all-revenue";
import { lineMrrMinor } from "@/lib/subscriptions/revenue-math";
import { createOrder, transitionOrder } from "@/lib/orders/mutations";
import { orderInputSchema } from "@/lib/orders/schema";
import { createCustomerUser, removeCustomerUser, updateCustomerUser } from "@/lib/customer-users/mutations";
import { saveCustomerSettings } from "@/lib/customer-settings/mutations";
import { customerSettingsInputSchema } from "@/lib/customer-settings/schema";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
const newCustomer = async (name: string) => (await createCustomer(actor, customerInputSchema.parse({ name }))).id;
const line = (values: Record<string, string> = {}) =>
  subscriptionInputSchema.parse({ product: "Cloud PACS", quantity: "2", unitPrice: "100.00", currency: "USD", billingPeriod: "monthly", startDate: "2020-01-01", ...values });
const settings = (values: Record<string, string> = {}) =>
  customerSettingsInputSchema.parse({ invoiceLanguage: "en", currency: "USD", paymentTermsDays: "30", defaultDataRetention: "1y", ...values });

const stored = (id: number) =>
  getDb().customer.findUniqueOrThrow({ where: { id }, select: { mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true, updatedAt: true } });
const snapshot = async () => ({
  customers: await getDb().customer.findMany({ select: { id: true, mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true } }),
  audits: await getDb().auditLog.count(),
  subscriptions: await getDb().subscription.findMany(),
  orders: await getDb().order.findMany(),
  users: await getDb().customerUser.findMany(),
  settings: await getDb().customerSettings.findMany(),
});
const latestAudit = (customerId: number) => getDb().auditLog.findFirstOrThrow({ where: { customerId }, orderBy: { id: "desc" } });

beforeAll(async () => {
  actor = await createStaffActor();
});

describe("subscription writes", () => {
  it("adding lines updates the stored MRR, ARR (12 x MRR) and count, without touching updatedAt", async () => {
    const id = await newCustomer("Revenue Clinic");
    const before = await stored(id);
    const monthly = line();
    const yearly = line({ product: "Archive", quantity: "1", unitPrice: "1200.10", billingPeriod: "yearly" });
    const created = await createSubscription(actor, id, monthly);
    await createSubscription(actor, id, yearly);
    const expectedMrr = lineMrrMinor(monthly) + lineMrrMinor(yearly);
    expect(await stored(id)).toEqual({ mrrMinor: expectedMrr, arrMinor: 12n * expectedMrr, subscriptionCount: 2, userCount: 0, updatedAt: before.updatedAt });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "subscription", entityId: String(created.id) } });
    expect(audit).toMatchObject({ action: "subscription.created", customerId: id, actorLabel: actor.label });
  });

  it("a line in another currency, or not yet started, is counted apart from MRR", async () => {
    const id = await newCustomer("Mixed Currency AS");
    await createSubscription(actor, id, line());
    await createSubscription(actor, id, line({ currency: "EUR" }));
    await createSubscription(actor, id, line({ startDate: "2999-01-01" }));
    const revenue = await stored(id);
    expect(revenue.mrrMinor).toBe(lineMrrMinor(line()));
    expect(revenue.subscriptionCount).toBe(2);
  });

  it("editing and ending a line refresh the stored revenue and write their audit rows", async () => {
    const id = await newCustomer("Edit Clinic");
    const created = await createSubscription(actor, id, line());
    await updateSubscription(actor, id, created.id, line({ quantity: "5" }));
    expect((await stored(id)).mrrMinor).toBe(lineMrrMinor(line({ quantity: "5" })));
    expect(await latestAudit(id)).toMatchObject({ action: "subscription.updated", entityType: "subscription" });
    await endSubscription(actor, id, created.id, new Date("2021-01-01T00:00:00Z"));
    expect(await stored(id)).toMatchObject({ mrrMinor: 0n, arrMinor: 0n, subscriptionCount: 0 });
    expect(await latestAudit(id)).toMatchObject({ action: "subscription.ended" });
  });

  it("refuses another customer's line and an end before the start, writing nothing", async () => {
    const mine = await newCustomer("Mine");
    const theirs = await newCustomer("Theirs");
    const theirLine = await createSubscription(actor, theirs, line());
    const before = await snapshot();
    await expect(updateSubscription(actor, mine, theirLine.id, line({ quantity: "9" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endSubscription(actor, mine, theirLine.id, new Date())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endSubscription(actor, theirs, theirLine.id, new Date("2019-01-01T00:00:00Z"))).rejects.toMatchObject({ code: "INVALID" });
    await expect(createSubscription(actor, 999_999, line())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("settings", () => {
  it("a new currency changes which lines MRR sums, and the change is audited old -> new", async () => {
    const id = await newCustomer("Currency Switch");
    await createSubscription(actor, id, line({ currency: "NOK", unitPrice: "999.00" }));
    expect((await stored(id)).mrrMinor).toBe(0n);
    await saveCustomerSettings(actor, id, settings({ currency: "NOK", paymentTermsDays: "14" }));
    expect((await stored(id)).mrrMinor).toBe(lineMrrMinor(line({ currency: "NOK", unitPrice: "999.00" })));
    const audit = await latestAudit(id);
    expect(audit).toMatchObject({ action: "customer_settings.updated", entityType: "customer_settings" });
    expect(JSON.parse(audit.changes)).toEqual({ currency: { before: "USD", after: "NOK" }, paymentTermsDays: { before: 30, after: 14 } });
  });
});

describe("customer users", () => {
  it("keep the stored user count and refuse a second user with the same email at the field", async () => {
    const id = await newCustomer("People Inc");
    const ann = await createCustomerUser(actor, id, { name: "Ann", email: "ann@example.com", role: "owner" });
    const bob = await createCustomerUser(actor, id, { name: "Bob", email: "bob@example.com", role: "member" });
    expect((await stored(id)).userCount).toBe(2);
    const before = await snapshot();
    await expect(createCustomerUser(actor, id, { name: "Ann 2", email: "ann@example.com", role: "member" })).rejects.toMatchObject({
      code: "CONFLICT", fieldErrors: { email: ["ann@example.com is already a user of this customer"] },
    });
    await expect(updateCustomerUser(actor, id, bob.id, { name: "Bob", email: "ann@example.com", role: "member" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(before);
    // The same address at another customer is another person.
    const other = await newCustomer("Other People");
    await createCustomerUser(actor, other, { name: "Ann", email: "ann@example.com", role: "owner" });
    await removeCustomerUser(actor, id, ann.id);
    expect((await stored(id)).userCount).toBe(1);
    expect(await latestAudit(id)).toMatchObject({ action: "customer_user.removed", entityType: "customer_user", entityId: String(ann.id) });
  });

  it("refuses removing another customer's user", async () => {
    const mine = await newCustomer("Mine Users");
    const theirs = await newCustomer("Their Users");
    const user = await createCustomerUser(actor, theirs, { name: "Cy", email: "cy@example.com", role: "admin" });
    const before = await snapshot();
    await expect(removeCustomerUser(actor, mine, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("orders", () => {
  const order = (number: string) => orderInputSchema.parse({ number, orderedAt: "2026-01-05", total: "1200.00", currency: "USD" });

  it("are added open, marked paid once, and refused for another customer", async () => {
    const id = await newCustomer("Orders Ltd");
    const theirs = await newCustomer("Their Orders");
    const created = await createOrder(actor, id, order(`SO-${id}`));
    expect(created.status).toBe("open");
    expect(await latestAudit(id)).toMatchObject({ action: "order.created", entityType: "order" });
    const before = await snapshot();
    await expect(transitionOrder(actor, theirs, created.id, "paid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createOrder(actor, theirs, order(`SO-${id}`))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { number: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
    await transitionOrder(actor, id, created.id, "paid");
    expect(await latestAudit(id)).toMatchObject({ action: "order.paid" });
    await expect(transitionOrder(actor, id, created.id, "cancelled")).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("refreshAllRevenue", () => {
  it("stores what the per-customer refresh stores, for every customer, and is idempotent", async () => {
    const ids = [await newCustomer("Batch A"), await newCustomer("Batch B"), await newCustomer("Batch C")];
    await createSubscription(actor, ids[0], line({ billingPeriod: "quarterly", unitPrice: "100.01" }));
    await createSubscription(actor, ids[1], line({ currency: "EUR" }));
    await saveCustomerSettings(actor, ids[1], settings({ currency: "EUR" }));
    await createCustomerUser(actor, ids[2], { name: "Dee", email: "dee@example.com", role: "owner" });
    // Time passes: a line that was active has ended by "now", and stored figures drift.
    const later = new Date("2030-06-01T00:00:00Z");
    await getDb().subscription.updateMany({ where: { customerId: ids[0] }, data: { endDate: new Date("2030-01-01T00:00:00Z") } });
    await getDb().customer.updateMany({ where: { id: { in: ids } }, data: { mrrMinor: 7n, userCount: 9 } });

    const result = await refreshAllRevenue(getDb(), later, 2);
    expect(result.customers).toBe(await getDb().customer.count());
    const batch = await getDb().customer.findMany({ orderBy: { id: "asc" }, select: { id: true, mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true } });

    await getDb().customer.updateMany({ data: { mrrMinor: 0n, arrMinor: 0n, subscriptionCount: 0, userCount: 0 } });
    for (const { id } of batch) await getDb().$transaction((tx) => refreshCustomerRevenue(tx, id, later));
    const single = await getDb().customer.findMany({ orderBy: { id: "asc" }, select: { id: true, mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true } });
    expect(batch).toEqual(single);
    expect(batch.find((c) => c.id === ids[0])).toMatchObject({ mrrMinor: 0n, subscriptionCount: 0 });
    expect(batch.find((c) => c.id === ids[2])).toMatchObject({ userCount: 1 });
    expect((await refreshAllRevenue(getDb(), later)).changed).toBe(0);
  }, 60_000); // one transaction per customer and per batch of 2: slow on a shared machine
});
