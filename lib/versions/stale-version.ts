// Record versions (decision 029): every write of a customer, contract, account, subscription,
// order, customer user or settings bumps its `version`; a write sent against an older version is
// refused with who changed it, when, and what they changed (the audit rows newer than the version
// the writer loaded), so nothing is overwritten silently.
import { z } from "zod";
import { AppError } from "../app-error";
import type { FieldChanges } from "../audit/diff";
import type { AuditEntityType } from "../audit/entity-types";
import type { Tx } from "../db/client";
import { formatDateTimeUtc } from "../format/dates";

export type VersionChange = { field: string; before: unknown; after: unknown };

/** What a refused save shows: the newest writer, when, every field changed since, and the version
 * to send when the user saves again on top of it. */
export type VersionConflict = { by: string; at: string; changes: VersionChange[]; version: number };

const shown = (value: unknown) => (value === null || value === undefined || value === "" ? "(empty)" : String(value));
/** "unitPrice" -> "Unit price": audit keys as a sentence reads them, where no label list applies. */
const humanized = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** One line per change, "Unit price: 10.00 → 12.00", with the caller's labels where it has them. */
export function describeChanges(changes: VersionChange[], labels: Record<string, string> = {}): string[] {
  return changes.map((change) => `${labels[change.field] ?? humanized(change.field)}: ${shown(change.before)} → ${shown(change.after)}`);
}

export class StaleVersionError extends AppError {
  constructor(readonly conflict: VersionConflict) {
    const what = describeChanges(conflict.changes).join("; ");
    super("CONFLICT", `Changed by ${conflict.by} at ${conflict.at}${what ? ` (${what})` : ""}. Nothing was saved: reload the page to see their change, then re-apply yours.`);
    this.name = "StaleVersionError";
  }
}

export function isStaleVersionError(error: unknown): error is StaleVersionError {
  return error instanceof StaleVersionError;
}

/** The conflict of a save sent against `sentVersion` while the record is at `currentVersion`. */
export async function describeConflict(
  tx: Tx,
  entityType: AuditEntityType,
  entityId: number,
  sentVersion: number,
  currentVersion: number,
): Promise<VersionConflict> {
  const select = { actorLabel: true, createdAt: true, changes: true, actor: { select: { name: true } } } as const;
  const where = { entityType, entityId: String(entityId) };
  let rows = await tx.auditLog.findMany({ where: { ...where, entityVersion: { gt: sentVersion } }, orderBy: { id: "asc" }, select });
  // Rows written before versions were recorded: the newest row is the best account there is.
  if (rows.length === 0) rows = await tx.auditLog.findMany({ where, orderBy: { id: "desc" }, take: 1, select });
  const latest = rows.at(-1);
  // The newest value of each field, from its first "before" to its last "after".
  const byField = new Map<string, VersionChange>();
  for (const row of rows) {
    for (const [field, change] of Object.entries(JSON.parse(row.changes) as FieldChanges)) {
      const seen = byField.get(field);
      byField.set(field, { field, before: seen ? seen.before : change.before, after: change.after });
    }
  }
  return {
    by: latest ? latest.actor?.name ?? latest.actorLabel : "someone else",
    at: latest ? formatDateTimeUtc(latest.createdAt) : "an unknown time",
    changes: [...byField.values()],
    version: currentVersion,
  };
}

/** Refuses a write sent against an older version than the stored one. `sentVersion` undefined:
 * a write that loaded nothing (a script, a derived refresh) and checks only its own read. */
export async function refuseStaleVersion(
  tx: Tx,
  entityType: AuditEntityType,
  entityId: number,
  sentVersion: number | undefined,
  currentVersion: number,
) {
  if (sentVersion !== undefined && sentVersion !== currentVersion) {
    throw new StaleVersionError(await describeConflict(tx, entityType, entityId, sentVersion, currentVersion));
  }
}

/** The guard of the UPDATE itself: `count` 0 means another transaction bumped the version between
 * this one's read and its write (PostgreSQL's read committed), so this write is refused too. */
export async function assertVersionClaimed(
  tx: Tx,
  count: number,
  entityType: AuditEntityType,
  entityId: number,
  readVersion: number,
  reload: () => Promise<number | null>,
) {
  if (count > 0) return;
  const current = await reload();
  if (current === null) throw new AppError("NOT_FOUND", `This ${entityType.replace("_", " ")} no longer exists.`);
  throw new StaleVersionError(await describeConflict(tx, entityType, entityId, readVersion, current));
}

/** The version a form sends back (a hidden input): the one it loaded. */
export const versionSchema = z.coerce
  .number({ error: "Reload the page: the form did not say which version it edits." })
  .int()
  .positive()
  .max(2_147_483_647);
