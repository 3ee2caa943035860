import { getDb } from "../db/client";
import type { FieldChanges } from "./diff";

export type AuditRow = {
  id: number;
  action: string;
  actorLabel: string;
  createdAt: Date;
  changes: FieldChanges;
};

export async function listCustomerAuditLog(customerId: number, limit = 200): Promise<AuditRow[]> {
  const rows = await getDb().auditLog.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, actorLabel: true, createdAt: true, changes: true },
  });
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as FieldChanges }));
}
