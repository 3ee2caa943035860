import type { Tx } from "../db/client";
import type { FieldChanges } from "./diff";
import type { AuditEvent } from "./events";

export type AuditActor = { id: number | null; label: string };

/** Appends one audit row. Always called with the transaction of the change it records. */
export async function writeAuditLog(
  tx: Tx,
  entry: {
    event: AuditEvent;
    actor: AuditActor;
    entityType: string;
    entityId: string | number;
    customerId?: number | null;
    changes?: FieldChanges | Record<string, unknown>;
  },
) {
  await tx.auditLog.create({
    data: {
      action: entry.event,
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      customerId: entry.customerId ?? null,
      changes: JSON.stringify(entry.changes ?? {}),
    },
  });
}
