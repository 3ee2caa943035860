// A customer's orders: the input of "Add order" and the statuses an order moves through.
import { z } from "zod";
import { currencySchema, moneyText, utcDay } from "../subscriptions/schema";

export const ORDER_STATUSES = ["open", "paid", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = { open: "Open", paid: "Paid", cancelled: "Cancelled" };

export const orderInputSchema = z
  .object({
    number: z
      .string({ error: "Enter the order number" })
      .trim()
      .min(1, "Enter the order number")
      .max(50, "Keep the order number under 50 characters"),
    orderedAt: utcDay("Enter the order date (YYYY-MM-DD)"),
    total: moneyText("total"),
    currency: currencySchema,
  })
  .transform(({ total, ...rest }) => ({ ...rest, totalMinor: total }));
export type OrderInput = z.output<typeof orderInputSchema>;

/** The moves an order can make: only an open order is paid or cancelled. */
export const orderTransitionSchema = z.enum(["paid", "cancelled"], { error: "Choose paid or cancelled" });
export type OrderTransition = z.output<typeof orderTransitionSchema>;
