// Writes of customers. Each runs in one transaction with its audit row and recomputed warnings.
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { recomputeCustomerWarnings } from "../warnings/recompute";
import { assertVersionClaimed, refuseStaleVersion } from "../versions/stale-version";
import type { CustomerInput, CustomerOrigin, CustomerUpdate } from "./schema";
import { CUSTOMER_FIELDS, storedValue, type CustomerSource } from "./fields";
import { buildNameSort, buildSearchText } from "./search-text";

const snapshotInclude = {
  partner: { select: { name: true } },
  accountManager: { select: { name: true } },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.CustomerInclude;

type SnapshotSource = Prisma.CustomerGetPayload<{ include: typeof snapshotInclude }>;

/** What an audit snapshot reads: a loaded customer, or a new one described by its input. */
export type AuditSource = CustomerSource;

/** The fields an audit row records (the declaration's audited ones), with people and partners by
 * name so the log reads well. */
export function auditSnapshot(customer: AuditSource): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const def of CUSTOMER_FIELDS) {
    if (def.audit) snapshot[def.audit.key] = "value" in def.audit ? def.audit.value(customer) : storedValue(customer, def.name);
  }
  return snapshot;
}

async function loadForUpdate(tx: Tx, id: number): Promise<SnapshotSource> {
  const customer = await tx.customer.findUnique({ where: { id }, include: snapshotInclude });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  return customer;
}

async function replaceTags(tx: Tx, customerId: number, tags: string[]) {
  await tx.customerTag.deleteMany({ where: { customerId } });
  for (const name of tags) {
    const tag = await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
    await tx.customerTag.create({ data: { customerId, tagId: tag.id } });
  }
}

/** Plain columns of the input, without the relations handled separately. */
function columnsOf<T extends { tags?: string[] }>(input: T): Omit<T, "tags"> {
  const { tags: _tags, ...columns } = input;
  return columns;
}

export async function createCustomer(
  actor: AuditActor,
  input: CustomerInput,
  options: { origin?: CustomerOrigin; now?: Date } = {},
) {
  return getDb().$transaction(async (tx) => {
    const columns = columnsOf(input);
    const created = await tx.customer.create({
      data: {
        ...columns,
        status: input.status ?? "trial",
        origin: options.origin ?? "manage",
        nameSort: buildNameSort(input.name),
        searchText: "",
      },
      select: { id: true },
    });
    // The search text includes the id, known only after the insert.
    await tx.customer.update({
      where: { id: created.id },
      data: { searchText: buildSearchText({ ...columns, id: created.id }) },
    });
    if (input.tags?.length) await replaceTags(tx, created.id, input.tags);
    await recomputeCustomerWarnings(tx, created.id, options.now);

    const after = await loadForUpdate(tx, created.id);
    await writeAuditLog(tx, {
      event: "customer.created",
      actor,
      entityType: "customer",
      entityId: created.id,
      customerId: created.id,
      changes: diffFields({}, auditSnapshot(after)),
      version: after.version,
    });
    return after;
  });
}

/** `version`: the one the writer loaded (the edit form, the API's If-Match); a newer stored one
 * refuses the write with who changed what (decision 029). Every write bumps it. */
export type WriteOptions = { now?: Date; version?: number };

/** Claims the customer's next version inside the transaction: the UPDATE matches only the version
 * read, so a concurrent writer that got there first makes this one a conflict, never a lost update. */
async function claimNextVersion(tx: Tx, id: number, readVersion: number, data: Prisma.CustomerUncheckedUpdateManyInput) {
  const { count } = await tx.customer.updateMany({ where: { id, version: readVersion }, data: { ...data, version: { increment: 1 } } });
  await assertVersionClaimed(tx, count, "customer", id, readVersion, async () =>
    (await tx.customer.findUnique({ where: { id }, select: { version: true } }))?.version ?? null);
  return readVersion + 1;
}

export async function updateCustomer(actor: AuditActor, id: number, input: CustomerUpdate, options: WriteOptions = {}) {
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    await refuseStaleVersion(tx, "customer", id, options.version, before.version);
    const columns = columnsOf(input);
    const merged = { ...before, ...columns };
    const version = await claimNextVersion(tx, id, before.version, {
      ...columns,
      nameSort: buildNameSort(merged.name),
      searchText: buildSearchText(merged),
    });
    if (input.tags) await replaceTags(tx, id, input.tags);
    await recomputeCustomerWarnings(tx, id, options.now);

    const after = await loadForUpdate(tx, id);
    const changes = diffFields(auditSnapshot(before), auditSnapshot(after));
    if (Object.keys(changes).length > 0) {
      await writeAuditLog(tx, { event: "customer.updated", actor, entityType: "customer", entityId: id, customerId: id, changes, version });
      return after;
    }
    // A save that changed nothing keeps the version: a newer version always has its audit row.
    return tx.customer.update({ where: { id }, data: { version: before.version, updatedAt: before.updatedAt }, include: snapshotInclude });
  });
}

async function setArchived(actor: AuditActor, id: number, archived: boolean, now: Date, sentVersion?: number) {
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    await refuseStaleVersion(tx, "customer", id, sentVersion, before.version);
    if (archived === (before.archivedAt !== null)) {
      throw new AppError("CONFLICT", archived ? "This customer is already archived" : "This customer is not archived");
    }
    const archivedAt = archived ? now : null;
    const version = await claimNextVersion(tx, id, before.version, { archivedAt });
    // Archived customers carry no warnings (lib/warnings/evaluate.ts); unarchiving restores them.
    await recomputeCustomerWarnings(tx, id, now);
    await writeAuditLog(tx, {
      event: archived ? "customer.archived" : "customer.unarchived",
      actor,
      entityType: "customer",
      entityId: id,
      customerId: id,
      changes: diffFields({ archivedAt: before.archivedAt }, { archivedAt }),
      version,
    });
  });
}

export function archiveCustomer(actor: AuditActor, id: number, now = new Date(), version?: number) {
  return setArchived(actor, id, true, now, version);
}

export function unarchiveCustomer(actor: AuditActor, id: number, now = new Date(), version?: number) {
  return setArchived(actor, id, false, now, version);
}
