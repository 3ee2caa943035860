// The customer's Audit log tab: every row about the customer and its records, newest first, in
// pages, optionally of one kind of record. Read-only: nothing in the console updates or deletes
// an audit row.
import { z } from "zod";
import { getDb } from "../db/client";
import type { FieldChanges } from "./diff";
import { labelledIds } from "../format/labelled-ids";
import type { AuditEntityType } from "./entity-types";
import type { AuditRow } from "./queries";

/** The kinds of record a customer's log holds, as entityType spells them (lib/audit/entity-types.ts),
 * with the name of the filter (the customer's tab of that kind). */
const kinds = labelledIds({
  customer: "Customer",
  account: "Accounts",
  contract: "Contracts",
  location: "Locations",
  asset: "Assets",
  project: "Projects",
  subscription: "Subscriptions",
  order: "Orders",
  customer_user: "Users",
  customer_settings: "Settings",
} satisfies Partial<Record<AuditEntityType, string>>);
export const AUDIT_KINDS = kinds.ids;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_KIND_LABELS = kinds.labels;

export const AUDIT_PAGE_SIZE = 50;

export const auditLogQuerySchema = z.object({
  kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

export type AuditLogPage = { rows: Array<AuditRow & { entityType: string }>; total: number; page: number; pageSize: number };

/** Offset pages over the (customerId, createdAt) index; count and page run together. A page past
 * the last shows the last one, so an old link never shows an empty log that is not empty. */
export async function listCustomerAuditPage(customerId: number, query: AuditLogQuery, pageSize = AUDIT_PAGE_SIZE): Promise<AuditLogPage> {
  const db = getDb();
  const where = { customerId, ...(query.kind ? { entityType: query.kind } : {}) };
  const select = { id: true, action: true, actorLabel: true, createdAt: true, changes: true, entityType: true } as const;
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy, select, skip: (query.page - 1) * pageSize, take: pageSize }),
  ]);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, lastPage);
  const shown = page === query.page ? rows : await db.auditLog.findMany({ where, orderBy, select, skip: (page - 1) * pageSize, take: pageSize });
  return { rows: shown.map((row) => ({ ...row, changes: JSON.parse(row.changes) as FieldChanges })), total, page, pageSize };
}
