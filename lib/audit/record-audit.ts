// The audit rows of a customer's records (accounts, locations, projects): the row of a create
// holds every field as the record's snapshot reads them, a delete's every field before, and an
// update's only the fields that changed (no row when none did). Always in the change's transaction.
import type { Tx } from "../db/client";
import { diffFields, type FieldChanges } from "./diff";
import { writeAuditLog, type AuditEntry } from "./write-audit-log";

type RecordEntry = Omit<AuditEntry, "changes">;
type Snapshot = Record<string, unknown>;

export function auditCreated(tx: Tx, entry: RecordEntry, after: Snapshot) {
  return writeAuditLog(tx, { ...entry, changes: diffFields({}, after) });
}

export function auditDeleted(tx: Tx, entry: RecordEntry, before: Snapshot) {
  return writeAuditLog(tx, { ...entry, changes: diffFields(before, {}) });
}

/** `label`, when given, is added to a row that is written (e.g. the record's name, changed or not). */
export async function auditUpdated(tx: Tx, entry: RecordEntry, before: Snapshot, after: Snapshot, label?: FieldChanges) {
  const changes = diffFields(before, after);
  if (Object.keys(changes).length === 0) return;
  await writeAuditLog(tx, { ...entry, changes: { ...label, ...changes } });
}
