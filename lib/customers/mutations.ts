// Writes of customers. Each runs in one transaction with its audit row and recomputed warnings.
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { recomputeCustomerWarnings } from "../warnings/recompute";
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
    });
    return after;
  });
}

export async function updateCustomer(actor: AuditActor, id: number, input: CustomerUpdate, options: { now?: Date } = {}) {
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    const columns = columnsOf(input);
    const merged = { ...before, ...columns };
    await tx.customer.update({
      where: { id },
      data: {
        ...columns,
        nameSort: buildNameSort(merged.name),
        searchText: buildSearchText(merged),
      },
    });
    if (input.tags) await replaceTags(tx, id, input.tags);
    await recomputeCustomerWarnings(tx, id, options.now);

    const after = await loadForUpdate(tx, id);
    const changes = diffFields(auditSnapshot(before), auditSnapshot(after));
    if (Object.keys(changes).length > 0) {
      await writeAuditLog(tx, { event: "customer.updated", actor, entityType: "customer", entityId: id, customerId: id, changes });
    }
    return after;
  });
}

async function setArchived(actor: AuditActor, id: number, archived: boolean, now: Date) {
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    if (archived === (before.archivedAt !== null)) {
      throw new AppError("CONFLICT", archived ? "This customer is already archived" : "This customer is not archived");
    }
    const archivedAt = archived ? now : null;
    await tx.customer.update({ where: { id }, data: { archivedAt } });
    // Archived customers carry no warnings (lib/warnings/evaluate.ts); unarchiving restores them.
    await recomputeCustomerWarnings(tx, id, now);
    await writeAuditLog(tx, {
      event: archived ? "customer.archived" : "customer.unarchived",
      actor,
      entityType: "customer",
      entityId: id,
      customerId: id,
      changes: diffFields({ archivedAt: before.archivedAt }, { archivedAt }),
    });
  });
}

export function archiveCustomer(actor: AuditActor, id: number, now = new Date()) {
  return setArchived(actor, id, true, now);
}

export function unarchiveCustomer(actor: AuditActor, id: number, now = new Date()) {
  return setArchived(actor, id, false, now);
}
