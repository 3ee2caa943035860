// Writes of a customer's accounts. Each runs in one transaction with its audit row, which carries
// the customer's id so it shows in that customer's audit log.
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { auditCreated, auditDeleted, auditUpdated } from "../audit/record-audit";
import type { AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { assertVersionClaimed, refuseStaleVersion } from "../versions/stale-version";
import { formatDataRetention, type AccountInput } from "./schema";

type AccountSnapshot = { name: string; dataRetention: string };

/** What the audit row records, the retention as people read it ("7 years"). */
function auditSnapshot(account: AccountSnapshot): Record<string, unknown> {
  return { name: account.name, dataRetention: formatDataRetention(account.dataRetention) };
}

async function requireCustomer(tx: Tx, customerId: number) {
  const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true } });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
}

/** The account, only if it belongs to this customer: an id taken from another customer's page
 * is refused as if it did not exist. */
async function loadOwnedAccount(tx: Tx, customerId: number, accountId: number) {
  const account = await tx.account.findFirst({ where: { id: accountId, customerId } });
  if (!account) throw new AppError("NOT_FOUND", `Customer ${customerId} has no account ${accountId}`);
  return account;
}

export async function createAccount(actor: AuditActor, customerId: number, input: AccountInput) {
  return getDb().$transaction(async (tx) => {
    await requireCustomer(tx, customerId);
    const account = await tx.account.create({ data: { customerId, name: input.name, dataRetention: input.dataRetention } });
    await auditCreated(tx, { event: "account.created", actor, entityType: "account", entityId: account.id, customerId, version: account.version }, auditSnapshot(account));
    return account;
  });
}

/** `version`: the one the form loaded; a newer stored one refuses the write with who changed
 * what (decision 029). The UPDATE matches only the version read, so a concurrent writer that got
 * there first makes this one a conflict too. */
export async function updateAccount(actor: AuditActor, customerId: number, accountId: number, input: AccountInput, version?: number) {
  return getDb().$transaction(async (tx) => {
    const before = await loadOwnedAccount(tx, customerId, accountId);
    await refuseStaleVersion(tx, "account", accountId, version, before.version);
    const { count } = await tx.account.updateMany({
      where: { id: accountId, version: before.version },
      data: { name: input.name, dataRetention: input.dataRetention, version: { increment: 1 } },
    });
    await assertVersionClaimed(tx, count, "account", accountId, before.version, async () =>
      (await tx.account.findUnique({ where: { id: accountId }, select: { version: true } }))?.version ?? null);
    const after = await tx.account.findUniqueOrThrow({ where: { id: accountId } });
    if (Object.keys(diffFields(auditSnapshot(before), auditSnapshot(after))).length > 0) {
      await auditUpdated(tx, { event: "account.updated", actor, entityType: "account", entityId: accountId, customerId, version: after.version }, auditSnapshot(before), auditSnapshot(after));
      return after;
    }
    // A save that changed nothing keeps the version: a newer version always has its audit row.
    return tx.account.update({ where: { id: accountId }, data: { version: before.version } });
  });
}

export async function deleteAccount(actor: AuditActor, customerId: number, accountId: number, version?: number) {
  return getDb().$transaction(async (tx) => {
    const before = await loadOwnedAccount(tx, customerId, accountId);
    await refuseStaleVersion(tx, "account", accountId, version, before.version);
    await tx.account.delete({ where: { id: accountId } });
    await auditDeleted(tx, { event: "account.deleted", actor, entityType: "account", entityId: accountId, customerId }, auditSnapshot(before));
  });
}
