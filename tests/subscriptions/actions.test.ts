// Integration: the record tabs' server actions as public endpoints. Only the session look-up is
// replaced; permissions (decision 020), zod and the database are real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createSubscriptionAction, endSubscriptionAction } from "@/lib/subscriptions/actions";
import { createOrderAction } from "@/lib/orders/actions";
import { createCustomerUserAction } from "@/lib/customer-users/actions";
import { saveCustomerSettingsAction } from "@/lib/customer-settings/actions";
import { createStaffActor } from "../helpers/factories";
import { formOf, interruptOf } from "../helpers/action-calls";

const line = { product: "Cloud PACS", quantity: "1", unitPrice: "10.00", currency: "USD", billingPeriod: "monthly", startDate: "2020-01-01", endDate: "" };

const staff: Record<string, number> = {};
let customerId: number;
let otherCustomerId: number;

beforeAll(async () => {
  for (const role of ["SUPPORT", "FINANCE", "ACCOUNT_MANAGER"]) staff[role] = (await createStaffActor(role)).id!;
  const actor = { id: staff.ACCOUNT_MANAGER, label: "am" };
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Action Clinic", status: "paying" }))).id;
  otherCustomerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Other Clinic" }))).id;
});

beforeEach(() => {
  session.uid = undefined;
});

const counts = async () => ({
  subscriptions: await getDb().subscription.count(), orders: await getDb().order.count(), users: await getDb().customerUser.count(),
  settings: await getDb().customerSettings.count(), audit: await getDb().auditLog.count(),
});

describe("permissions", () => {
  it("support is refused every write with 403, and nothing is written", async () => {
    session.uid = staff.SUPPORT;
    const before = await counts();
    expect(await interruptOf(createSubscriptionAction(null, formOf({ customerId, ...line })))).toMatch(/;403/);
    expect(await interruptOf(createOrderAction(null, formOf({ customerId, number: "SO-S", orderedAt: "2026-01-01", total: "1", currency: "USD" })))).toMatch(/;403/);
    expect(await interruptOf(createCustomerUserAction(null, formOf({ customerId, name: "A", email: "a@example.com", role: "member" })))).toMatch(/;403/);
    expect(await interruptOf(saveCustomerSettingsAction(null, formOf({ customerId, invoiceLanguage: "en", currency: "EUR", paymentTermsDays: 10, defaultDataRetention: "1y" })))).toMatch(/;403/);
    expect(await counts()).toEqual(before);
  });

  it("finance adds orders but not subscriptions; an account manager the reverse", async () => {
    session.uid = staff.FINANCE;
    expect(await interruptOf(createSubscriptionAction(null, formOf({ customerId, ...line })))).toMatch(/;403/);
    expect(await createOrderAction(null, formOf({ customerId, number: "SO-F1", orderedAt: "2026-01-01", total: "100", currency: "USD" }))).toMatchObject({ ok: true });
    session.uid = staff.ACCOUNT_MANAGER;
    expect(await interruptOf(createOrderAction(null, formOf({ customerId, number: "SO-A1", orderedAt: "2026-01-01", total: "100", currency: "USD" })))).toMatch(/;403/);
    expect(await createSubscriptionAction(null, formOf({ customerId, ...line }))).toMatchObject({ ok: true });
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customerId } })).mrrMinor).toBe(1000n);
  });
});

describe("crafted and bad requests", () => {
  it("answers 403 to a line id of another customer, changing nothing", async () => {
    session.uid = staff.ACCOUNT_MANAGER;
    const theirs = await getDb().subscription.create({
      data: { customerId: otherCustomerId, product: "X", unitPriceMinor: 100n, startDate: new Date("2020-01-01T00:00:00Z") },
    });
    const before = await counts();
    expect(await interruptOf(endSubscriptionAction(null, formOf({ customerId, subscriptionId: theirs.id, endDate: "2026-01-01" })))).toMatch(/;403/);
    expect(await getDb().subscription.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect(await counts()).toEqual(before);
  });

  it("returns field messages with the values typed for payment terms out of range and a duplicate email", async () => {
    session.uid = staff.ACCOUNT_MANAGER;
    const settings = await saveCustomerSettingsAction(null, formOf({ customerId, invoiceLanguage: "en", currency: "EUR", paymentTermsDays: 366, defaultDataRetention: "1y" }));
    expect(settings).toMatchObject({ ok: false, fieldErrors: { paymentTermsDays: ["Enter the payment terms as whole days from 0 to 365"] }, values: { paymentTermsDays: "366" } });
    expect(await createCustomerUserAction(null, formOf({ customerId, name: "Eve", email: "eve@example.com", role: "owner" }))).toMatchObject({ ok: true });
    const before = await counts();
    expect(await createCustomerUserAction(null, formOf({ customerId, name: "Eve 2", email: "EVE@example.com", role: "member" }))).toMatchObject({
      ok: false, fieldErrors: { email: ["eve@example.com is already a user of this customer"] },
    });
    expect(await counts()).toEqual(before);
  });
});
