// Writes of a customer's orders, each in one transaction with its audit row, the customer's
// stored revenue and warnings (an overdue order is a risk finding).
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { formatMoneyMinor } from "../contracts/format";
import { isUniqueViolation } from "../db/unique-violation";
import { claimRecordVersion, ownedOrNotFound, runCustomerWrite } from "../subscriptions/customer-write";
import type { OrderInput, OrderTransition } from "./schema";

const numberTaken = (number: string) =>
  new AppError("CONFLICT", `Order number ${number} is already used`, { number: [`Order number ${number} is already used; order numbers are unique`] });

export async function createOrder(actor: AuditActor, customerId: number, input: OrderInput) {
  try {
    return await runCustomerWrite(customerId, async (tx) => {
      if (await tx.order.findUnique({ where: { number: input.number }, select: { id: true } })) throw numberTaken(input.number);
      const order = await tx.order.create({ data: { customerId, ...input, status: "open" } });
      const changes = diffFields({}, { number: order.number, orderedAt: order.orderedAt, total: formatMoneyMinor(order.totalMinor, order.currency), status: order.status });
      await writeAuditLog(tx, { event: "order.created", actor, entityType: "order", entityId: order.id, customerId, changes });
      return order;
    });
  } catch (error) {
    // Two saves of one number at once: the unique index decides, the loser gets the same message.
    if (isUniqueViolation(error)) throw numberTaken(input.number);
    throw error;
  }
}

/** Marks an open order paid or cancelled; any other move is refused (a paid order stays paid). */
export async function transitionOrder(actor: AuditActor, customerId: number, orderId: number, to: OrderTransition, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const before = ownedOrNotFound(await tx.order.findFirst({ where: { id: orderId, customerId } }), "order", customerId, orderId);
    if (before.status !== "open") throw new AppError("CONFLICT", `Order ${before.number} is ${before.status}; only an open order can be marked ${to}`);
    const version = await claimRecordVersion(tx, "order", { key: orderId, version: before.version }, options.version);
    const after = await tx.order.update({ where: { id: orderId }, data: { status: to } });
    await writeAuditLog(tx, {
      event: to === "paid" ? "order.paid" : "order.cancelled",
      actor,
      entityType: "order",
      entityId: orderId,
      customerId,
      changes: diffFields({ status: before.status }, { status: after.status }),
      version,
    });
    return after;
  });
}
