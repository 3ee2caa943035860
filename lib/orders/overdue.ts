// When an open order is overdue: its due date is the order date plus the customer's payment
// terms (CustomerSettings.paymentTermsDays, default 30), in UTC calendar days; it is overdue from
// the day after. Used by the Orders tab and the risk score, so both say the same.
import { DAY_MS, utcDay } from "../warnings/utc-day";

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export function orderDueDate(orderedAt: Date, paymentTermsDays: number): Date {
  return new Date(utcDay(orderedAt) + paymentTermsDays * DAY_MS);
}

export function isOrderOverdue(order: { status: string; orderedAt: Date }, paymentTermsDays: number, now: Date): boolean {
  if (order.status !== "open") return false;
  return utcDay(now) > orderDueDate(order.orderedAt, paymentTermsDays).getTime();
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(order: { status: string; orderedAt: Date }, paymentTermsDays: number, now: Date): number {
  if (!isOrderOverdue(order, paymentTermsDays, now)) return 0;
  return Math.round((utcDay(now) - orderDueDate(order.orderedAt, paymentTermsDays).getTime()) / DAY_MS);
}
