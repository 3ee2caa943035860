// A bulk change of customers (status, account manager, archive): one transaction holding the
// update, one audit row per changed customer and the recomputed warnings of the changed ones.
// Customers already in the target state are neither written nor audited. Any refused customer
// (missing, or archived when the change needs an active one) refuses the whole action.
//
// Plain portable SQL in chunks (IN lists of 1,000 ids), as the import and the daily recompute do
// (lib/db/bulk-write.ts, lib/warnings/recompute-all.ts): 10,000 customers through Prisma's
// per-row update would take far longer than the 5 s the issue allows (docs/benchmarks.md).
import { Prisma } from "../../../generated/prisma/client";
import { AppError } from "../../app-error";
import { diffFields } from "../../audit/diff";
import { writeAuditLogs, type AuditActor, type AuditEntry } from "../../audit/write-audit-log";
import { ACCOUNT_MANAGER_ROLES } from "../../auth/roles";
import { getDb, type Tx } from "../../db/client";
import { recomputeWarningsOf } from "../../warnings/recompute-all";
import type { BulkActionResult, BulkChange, BulkTarget } from "./schema";
import { selectBulkIds } from "./select-ids";

const ID_CHUNK = 1_000;

type CurrentRow = {
  id: number; status: string; accountManagerId: number | null; managerName: string | null; archivedAt: Date | string | null; version: number;
};

function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const listed = (ids: number[]) => `${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", …" : ""}`;

async function readCurrent(tx: Tx, ids: number[]): Promise<Map<number, CurrentRow>> {
  const current = new Map<number, CurrentRow>();
  for (const part of chunks(ids)) {
    const rows = await tx.$queryRaw<CurrentRow[]>`
      SELECT c."id", c."status", c."accountManagerId", c."archivedAt", c."version", m."name" AS "managerName"
      FROM "Customer" c LEFT JOIN "StaffUser" m ON m."id" = c."accountManagerId"
      WHERE c."id" IN (${Prisma.join(part)})`;
    for (const row of rows) {
      current.set(Number(row.id), {
        ...row, id: Number(row.id), version: Number(row.version), accountManagerId: row.accountManagerId === null ? null : Number(row.accountManagerId),
      });
    }
  }
  return current;
}

/** The staff user to assign, by name for the audit row; refused unless they may manage customers. */
async function managerNameOf(tx: Tx, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const manager = await tx.staffUser.findFirst({ where: { id, active: true, role: { in: [...ACCOUNT_MANAGER_ROLES] } }, select: { name: true } });
  if (!manager) {
    const message = "Choose an account manager from the list: this staff user does not exist or cannot manage customers.";
    throw new AppError("INVALID", message, { accountManagerId: [message] });
  }
  return manager.name;
}

/** What the change writes on each customer, which ones it leaves alone, and each audit row. */
async function planChange(tx: Tx, change: BulkChange, rows: CurrentRow[], now: Date) {
  if (change.kind === "archive") {
    return {
      set: Prisma.sql`"archivedAt" = ${now}`,
      event: "customer.archived" as const,
      changed: rows.filter((row) => row.archivedAt === null),
      changesOf: () => diffFields({ archivedAt: null }, { archivedAt: now }),
    };
  }
  if (change.kind === "status") {
    return {
      set: Prisma.sql`"status" = ${change.status}`,
      event: "customer.updated" as const,
      changed: rows.filter((row) => row.status !== change.status),
      changesOf: (row: CurrentRow) => diffFields({ status: row.status }, { status: change.status }),
    };
  }
  const name = await managerNameOf(tx, change.accountManagerId);
  return {
    set: Prisma.sql`"accountManagerId" = ${change.accountManagerId}`,
    event: "customer.updated" as const,
    changed: rows.filter((row) => row.accountManagerId !== change.accountManagerId),
    changesOf: (row: CurrentRow) => diffFields({ accountManager: row.managerName }, { accountManager: name }),
  };
}

export async function bulkChangeCustomers(
  actor: AuditActor,
  target: BulkTarget,
  change: BulkChange,
  options: { now?: Date } = {},
): Promise<BulkActionResult> {
  const now = options.now ?? new Date();
  return getDb().$transaction(
    async (tx) => {
      const ids = await selectBulkIds(tx, target);
      const current = await readCurrent(tx, ids);
      const missing = ids.filter((id) => !current.has(id));
      if (missing.length > 0) {
        throw new AppError("NOT_FOUND", `${missing.length} of the selected customers do not exist (${listed(missing)}). Nothing was changed.`);
      }
      const rows = ids.map((id) => current.get(id)!);
      const archived = rows.filter((row) => row.archivedAt !== null).map((row) => row.id);
      if (change.kind !== "archive" && archived.length > 0) {
        throw new AppError("CONFLICT", `${archived.length} of the selected customers are archived (${listed(archived)}); unarchive them first or leave them out. Nothing was changed.`);
      }

      const plan = await planChange(tx, change, rows, now);
      const changedIds = plan.changed.map((row) => row.id);
      // updatedAt by hand: raw SQL bypasses Prisma's @updatedAt, and this is a real edit. Each
      // changed customer's version is bumped (decision 029), so an edit form opened before this
      // change is refused instead of writing over it.
      for (const part of chunks(changedIds)) {
        await tx.$executeRaw`UPDATE "Customer" SET ${plan.set}, "updatedAt" = ${now}, "version" = "version" + 1 WHERE "id" IN (${Prisma.join(part)})`;
      }
      const entries: AuditEntry[] = plan.changed.map((row) => ({
        event: plan.event,
        actor,
        entityType: "customer",
        entityId: row.id,
        customerId: row.id,
        changes: plan.changesOf(row),
        version: row.version + 1,
      }));
      await writeAuditLogs(tx, entries);
      // Archiving clears warnings and a status can raise or clear them; the stored risk follows
      // the warnings recompute.
      for (const part of chunks(changedIds)) await recomputeWarningsOf(tx, part, now);
      return { matched: ids.length, changed: changedIds.length };
    },
    // 10,000 customers take a few seconds; Prisma's default of 5 s would cut them off.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
