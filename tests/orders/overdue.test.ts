import { describe, expect, it } from "vitest";
import { daysOverdue, isOrderOverdue, orderDueDate } from "@/lib/orders/overdue";

const orderedAt = new Date("2026-11-01T18:30:00Z");

describe("an order past its payment terms", () => {
  it("is due the order day plus the terms, overdue from the next day", () => {
    expect(orderDueDate(orderedAt, 30).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(isOrderOverdue({ status: "open", orderedAt }, 30, new Date("2026-12-01T23:59:00Z"))).toBe(false);
    expect(isOrderOverdue({ status: "open", orderedAt }, 30, new Date("2026-12-02T00:00:00Z"))).toBe(true);
    expect(daysOverdue({ status: "open", orderedAt }, 30, new Date("2026-12-11T08:00:00Z"))).toBe(10);
  });
  it("follows the customer's terms, and is never overdue once paid or cancelled", () => {
    const now = new Date("2026-11-20T00:00:00Z");
    expect(isOrderOverdue({ status: "open", orderedAt }, 14, now)).toBe(true);
    expect(isOrderOverdue({ status: "open", orderedAt }, 0, new Date("2026-11-02T00:00:00Z"))).toBe(true);
    expect(isOrderOverdue({ status: "paid", orderedAt }, 14, now)).toBe(false);
    expect(isOrderOverdue({ status: "cancelled", orderedAt }, 14, now)).toBe(false);
    expect(daysOverdue({ status: "paid", orderedAt }, 14, now)).toBe(0);
  });
});
