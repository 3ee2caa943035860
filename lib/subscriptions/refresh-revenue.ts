// Keeps a customer's stored revenue (Customer.mrrMinor, arrMinor, subscriptionCount, userCount)
// in step with its subscription lines, users and currency. Called inside the transaction of every
// subscription, order, user and settings write (lib/subscriptions/customer-write.ts).
import type { Tx } from "../db/client";
import { DEFAULT_CURRENCY } from "../customer-settings/schema";
import { customerRevenue, type SubscriptionLine } from "./revenue-math";

export const subscriptionLineSelect = {
  quantity: true, unitPriceMinor: true, billingPeriod: true, currency: true, startDate: true, endDate: true,
} as const;

export type StoredRevenue = { mrrMinor: bigint; arrMinor: bigint; subscriptionCount: number; userCount: number };

/** What a customer's stored columns should hold. subscriptionCount counts every active line,
 * also those in another currency (they are the customer's subscriptions, only not summed). */
export function storedRevenueOf(lines: readonly SubscriptionLine[], currency: string | null | undefined, userCount: number, now: Date): StoredRevenue {
  const revenue = customerRevenue(lines, currency ?? DEFAULT_CURRENCY, now);
  return {
    mrrMinor: revenue.mrrMinor,
    arrMinor: revenue.arrMinor,
    subscriptionCount: revenue.activeCount + revenue.otherCurrencyCount,
    userCount,
  };
}

export function sameStoredRevenue(a: StoredRevenue, b: StoredRevenue): boolean {
  return a.mrrMinor === b.mrrMinor && a.arrMinor === b.arrMinor && a.subscriptionCount === b.subscriptionCount && a.userCount === b.userCount;
}

export async function refreshCustomerRevenue(tx: Tx, customerId: number, now = new Date()): Promise<StoredRevenue> {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: {
      updatedAt: true, mrrMinor: true, arrMinor: true, subscriptionCount: true, userCount: true,
      settings: { select: { currency: true } },
      subscriptions: { select: subscriptionLineSelect },
      _count: { select: { users: true } },
    },
  });
  const next = storedRevenueOf(customer.subscriptions, customer.settings?.currency, customer._count.users, now);
  // Derived values, not an edit: written only when they change, keeping "Updated" as it was.
  if (!sameStoredRevenue(customer, next)) {
    await tx.customer.update({ where: { id: customerId }, data: { ...next, updatedAt: customer.updatedAt } });
  }
  return next;
}
