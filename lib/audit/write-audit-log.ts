import type { Tx } from "../db/client";
import { insertRows } from "../db/bulk-write";
import type { FieldChanges } from "./diff";
import type { AuditEntityType } from "./entity-types";
import type { AuditEvent } from "./events";

export type AuditActor = { id: number | null; label: string };

export type AuditEntry = {
  event: AuditEvent;
  actor: AuditActor;
  entityType: AuditEntityType;
  entityId: string | number;
  customerId?: number | null;
  changes?: FieldChanges | Record<string, unknown>;
  /** The record's version after the change, where it has one (decision 029). */
  version?: number;
};

/** Appends one audit row. Always called with the transaction of the change it records. */
export async function writeAuditLog(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      action: entry.event,
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      customerId: entry.customerId ?? null,
      changes: JSON.stringify(entry.changes ?? {}),
      entityVersion: entry.version ?? null,
    },
  });
}

const AUDIT_COLUMNS = ["action", "actorId", "actorLabel", "entityType", "entityId", "customerId", "changes", "createdAt", "entityVersion"] as const;

/** Appends many audit rows with multi-row INSERTs (writes of hundreds of customers at once), in
 * the transaction of the changes they record. */
export async function writeAuditLogs(tx: Tx, entries: readonly AuditEntry[]) {
  const at = new Date();
  await insertRows(
    tx,
    "AuditLog",
    AUDIT_COLUMNS,
    entries.map((entry) => [
      entry.event, entry.actor.id, entry.actor.label, entry.entityType, String(entry.entityId), entry.customerId ?? null,
      JSON.stringify(entry.changes ?? {}), at, entry.version ?? null,
    ]),
  );
}
