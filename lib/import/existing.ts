// Which valid rows are customers the console already has: by organisation number, by external
// id, or (rows with neither) by the import key among customers an earlier import created.
import type { Db, Tx } from "../db/client";
import { buildNameSort } from "../customers/search-text";
import { importKeyOf, type RowIssue, type ValidRow } from "./validate";

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export type PlannedRow = ValidRow & { existingId: number | null };

export async function matchExisting(db: Db | Tx, rows: ValidRow[]): Promise<{ planned: PlannedRow[]; issues: RowIssue[] }> {
  const byOrg = new Map<string, number>();
  const byExt = new Map<string, number>();
  const byKey = new Map<string, number>();

  const orgs = [...new Set(rows.flatMap((row) => (row.organisationNumber ? [row.organisationNumber] : [])))];
  for (const chunk of chunks(orgs)) {
    const found = await db.customer.findMany({ where: { organisationNumber: { in: chunk } }, select: { id: true, organisationNumber: true }, orderBy: { id: "asc" } });
    for (const customer of found) if (!byOrg.has(customer.organisationNumber!)) byOrg.set(customer.organisationNumber!, customer.id);
  }
  const exts = [...new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : [])))];
  for (const chunk of chunks(exts)) {
    const found = await db.customer.findMany({ where: { externalId: { in: chunk } }, select: { id: true, externalId: true }, orderBy: { id: "asc" } });
    for (const customer of found) if (!byExt.has(customer.externalId!)) byExt.set(customer.externalId!, customer.id);
  }
  const names = [...new Set(rows.flatMap((row) => (row.importKey ? [buildNameSort(row.input.name)] : [])))];
  for (const chunk of chunks(names)) {
    const found = await db.customer.findMany({
      where: { origin: "import", nameSort: { in: chunk } },
      select: { id: true, name: true, billingEmail: true, postalCode: true },
      orderBy: { id: "asc" },
    });
    for (const customer of found) {
      const key = importKeyOf(customer);
      if (!byKey.has(key)) byKey.set(key, customer.id);
    }
  }

  const planned: PlannedRow[] = [];
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const orgMatch = row.organisationNumber ? byOrg.get(row.organisationNumber) : undefined;
    const extMatch = row.externalId ? byExt.get(row.externalId) : undefined;
    if (orgMatch !== undefined && extMatch !== undefined && orgMatch !== extMatch) {
      issues.push({
        row: row.row,
        column: "External id",
        message: `The organisation number belongs to customer ${orgMatch} but the external id to customer ${extMatch}`,
      });
      continue;
    }
    const keyMatch = row.importKey ? byKey.get(row.importKey) : undefined;
    planned.push({ ...row, existingId: orgMatch ?? extMatch ?? keyMatch ?? null });
  }
  return { planned, issues };
}
