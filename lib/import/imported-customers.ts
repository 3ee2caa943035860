// The customers one import job created or updated: found by the audit rows the run wrote for
// them, whose actor is "<user> via import #<id>" (importActor in run.ts), not by origin, which
// every import ever shares.
import { getDb } from "../db/client";

export const IMPORTED_PAGE_SIZE = 100;

export type ImportedCustomer = { id: number; name: string; status: string; city: string | null; country: string | null; change: "created" | "updated" };

export async function listImportedCustomers(job: { id: number; createdAt: Date }, page: number) {
  // Rows written after the job was created (the createdAt index) by this job's actor only; a
  // suffix match, so import #1 never picks up the rows of import #12.
  const where = {
    action: { in: ["customer.created", "customer.updated"] },
    actorLabel: { endsWith: ` via import #${job.id}` },
    createdAt: { gte: job.createdAt },
    customerId: { not: null },
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "asc" },
      skip: (page - 1) * IMPORTED_PAGE_SIZE,
      take: IMPORTED_PAGE_SIZE,
      select: { action: true, customer: { select: { id: true, name: true, status: true, city: true, country: true } } },
    }),
  ]);
  const customers: ImportedCustomer[] = rows.flatMap((row) =>
    row.customer ? [{ ...row.customer, change: row.action === "customer.created" ? ("created" as const) : ("updated" as const) }] : [],
  );
  return { rows: customers, total, page, pageSize: IMPORTED_PAGE_SIZE };
}
