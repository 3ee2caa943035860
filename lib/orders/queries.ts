// The Orders tab: a customer's orders, newest first, each with its days overdue under the
// customer's payment terms (lib/orders/overdue.ts).
import { getDb } from "../db/client";
import { getCustomerSettings } from "../customer-settings/queries";
import { daysOverdue } from "./overdue";

export type OrderRow = { id: number; number: string; orderedAt: Date; totalMinor: bigint; currency: string; status: string; daysOverdue: number; version: number };

export async function listCustomerOrders(customerId: number, now = new Date()): Promise<{ rows: OrderRow[]; paymentTermsDays: number }> {
  const [orders, settings] = await Promise.all([
    getDb().order.findMany({ where: { customerId }, orderBy: [{ orderedAt: "desc" }, { id: "desc" }] }),
    getCustomerSettings(customerId),
  ]);
  const rows = orders.map((order) => ({ ...order, daysOverdue: daysOverdue(order, settings.paymentTermsDays, now) }));
  return { rows, paymentTermsDays: settings.paymentTermsDays };
}
