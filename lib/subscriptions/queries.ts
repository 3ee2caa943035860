// The Subscriptions tab: a customer's lines with their status and MRR, and the customer's MRR and
// ARR in its currency (lines in another currency are listed, not summed).
import { getDb } from "../db/client";
import { getCustomerSettings } from "../customer-settings/queries";
import { customerRevenue, lineMrrMinor, subscriptionStatus, type CustomerRevenue, type SubscriptionStatus } from "./revenue-math";

export type SubscriptionRow = {
  id: number; product: string; quantity: number; unitPriceMinor: bigint; currency: string; billingPeriod: string;
  startDate: Date; endDate: Date | null; status: SubscriptionStatus; lineMrrMinor: bigint; version: number;
};

export async function listCustomerSubscriptions(customerId: number, now = new Date()): Promise<{ rows: SubscriptionRow[]; revenue: CustomerRevenue }> {
  const [lines, settings] = await Promise.all([
    getDb().subscription.findMany({ where: { customerId }, orderBy: [{ startDate: "desc" }, { id: "desc" }] }),
    getCustomerSettings(customerId),
  ]);
  const rows = lines.map((line) => ({ ...line, status: subscriptionStatus(line, now), lineMrrMinor: lineMrrMinor(line) }));
  return { rows, revenue: customerRevenue(lines, settings.currency, now) };
}

export async function getCustomerSubscriptionOrNull(customerId: number, subscriptionId: number) {
  return getDb().subscription.findFirst({ where: { id: subscriptionId, customerId } });
}
