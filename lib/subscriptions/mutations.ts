// Writes of a customer's subscription lines, each in one transaction with its audit row, the
// customer's stored revenue and its warnings (lib/subscriptions/customer-write.ts).
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { formatMoneyMinor } from "../contracts/format";
import type { Tx } from "../db/client";
import { claimRecordVersion, ownedOrNotFound, runCustomerWrite } from "./customer-write";
import type { SubscriptionInput } from "./schema";
import { refuseStaleVersion } from "../versions/stale-version";

type StoredLine = { [K in keyof SubscriptionInput]: K extends "currency" | "billingPeriod" ? string : SubscriptionInput[K] };

function auditSnapshot(line: StoredLine): Record<string, unknown> {
  return {
    product: line.product,
    quantity: line.quantity,
    unitPrice: formatMoneyMinor(line.unitPriceMinor, line.currency),
    billingPeriod: line.billingPeriod,
    startDate: line.startDate,
    endDate: line.endDate,
  };
}

async function loadOwned(tx: Tx, customerId: number, subscriptionId: number) {
  const line = await tx.subscription.findFirst({ where: { id: subscriptionId, customerId } });
  return ownedOrNotFound(line, "subscription", customerId, subscriptionId);
}

export async function createSubscription(actor: AuditActor, customerId: number, input: SubscriptionInput) {
  return runCustomerWrite(customerId, async (tx) => {
    const line = await tx.subscription.create({ data: { customerId, ...input } });
    const changes = diffFields({}, auditSnapshot(line));
    await writeAuditLog(tx, { event: "subscription.created", actor, entityType: "subscription", entityId: line.id, customerId, changes });
    return line;
  });
}

/** `version`: the one the form loaded, refused when the stored line is newer (decision 029). */
export async function updateSubscription(actor: AuditActor, customerId: number, subscriptionId: number, input: SubscriptionInput, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const before = await loadOwned(tx, customerId, subscriptionId);
    const changes = diffFields(auditSnapshot(before), auditSnapshot({ ...before, ...input }));
    // A save that changes nothing writes nothing: the version stays, so a newer one always has its audit row.
    if (Object.keys(changes).length === 0) return (await refuseStaleVersion(tx, "subscription", subscriptionId, options.version, before.version), before);
    const version = await claimRecordVersion(tx, "subscription", { key: subscriptionId, version: before.version }, options.version);
    const after = await tx.subscription.update({ where: { id: subscriptionId }, data: input });
    await writeAuditLog(tx, { event: "subscription.updated", actor, entityType: "subscription", entityId: subscriptionId, customerId, changes, version });
    return after;
  });
}

/** Sets the line's last day of service; a day before its start is refused. */
export async function endSubscription(actor: AuditActor, customerId: number, subscriptionId: number, endDate: Date, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const before = await loadOwned(tx, customerId, subscriptionId);
    if (endDate < before.startDate) {
      throw new AppError("INVALID", "The subscription cannot end before it starts", { endDate: ["The subscription cannot end before it starts"] });
    }
    if (before.endDate?.getTime() === endDate.getTime()) return (await refuseStaleVersion(tx, "subscription", subscriptionId, options.version, before.version), before);
    const version = await claimRecordVersion(tx, "subscription", { key: subscriptionId, version: before.version }, options.version);
    const after = await tx.subscription.update({ where: { id: subscriptionId }, data: { endDate } });
    const changes = diffFields({ endDate: before.endDate }, { endDate: after.endDate });
    await writeAuditLog(tx, { event: "subscription.ended", actor, entityType: "subscription", entityId: subscriptionId, customerId, changes, version });
    return after;
  });
}
