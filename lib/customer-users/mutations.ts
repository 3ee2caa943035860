// Writes of a customer's own users, each in one transaction with its audit row and the customer's
// stored user count. An email is unique within a customer (the index decides under a race).
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import type { Tx } from "../db/client";
import { isUniqueViolation } from "../db/unique-violation";
import { claimRecordVersion, ownedOrNotFound, runCustomerWrite } from "../subscriptions/customer-write";
import { refuseStaleVersion } from "../versions/stale-version";
import type { CustomerUserInput } from "./schema";

const emailTaken = (email: string) =>
  new AppError("CONFLICT", `${email} is already a user of this customer`, { email: [`${email} is already a user of this customer`] });

const snapshot = (user: { name: string; email: string; role: string }) => ({ name: user.name, email: user.email, role: user.role });

async function assertEmailFree(tx: Tx, customerId: number, email: string, exceptId?: number) {
  const other = await tx.customerUser.findUnique({ where: { customerId_email: { customerId, email } }, select: { id: true } });
  if (other && other.id !== exceptId) throw emailTaken(email);
}

async function withEmailRule<T>(email: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
}

export async function createCustomerUser(actor: AuditActor, customerId: number, input: CustomerUserInput) {
  return withEmailRule(input.email, () =>
    runCustomerWrite(customerId, async (tx) => {
      await assertEmailFree(tx, customerId, input.email);
      const user = await tx.customerUser.create({ data: { customerId, ...input } });
      const changes = diffFields({}, snapshot(user));
      await writeAuditLog(tx, { event: "customer_user.created", actor, entityType: "customer_user", entityId: user.id, customerId, changes });
      return user;
    }),
  );
}

export async function updateCustomerUser(actor: AuditActor, customerId: number, userId: number, input: CustomerUserInput, options: { version?: number } = {}) {
  return withEmailRule(input.email, () =>
    runCustomerWrite(customerId, async (tx) => {
      const before = ownedOrNotFound(await tx.customerUser.findFirst({ where: { id: userId, customerId } }), "user", customerId, userId);
      const changes = diffFields(snapshot(before), snapshot({ ...before, ...input }));
      // A save that changes nothing writes nothing: the version stays, so a newer one always has its audit row.
      if (Object.keys(changes).length === 0) return (await refuseStaleVersion(tx, "customer_user", userId, options.version, before.version), before);
      const version = await claimRecordVersion(tx, "customer_user", { key: userId, version: before.version }, options.version);
      await assertEmailFree(tx, customerId, input.email, userId);
      const after = await tx.customerUser.update({ where: { id: userId }, data: input });
      await writeAuditLog(tx, { event: "customer_user.updated", actor, entityType: "customer_user", entityId: userId, customerId, changes, version });
      return after;
    }),
  );
}

export async function removeCustomerUser(actor: AuditActor, customerId: number, userId: number, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const before = ownedOrNotFound(await tx.customerUser.findFirst({ where: { id: userId, customerId } }), "user", customerId, userId);
    await claimRecordVersion(tx, "customer_user", { key: userId, version: before.version }, options.version);
    await tx.customerUser.delete({ where: { id: userId } });
    const changes = diffFields(snapshot(before), {});
    await writeAuditLog(tx, { event: "customer_user.removed", actor, entityType: "customer_user", entityId: userId, customerId, changes });
    return before;
  });
}
