// Reads that tie registry companies to customers we already have.
import { getDb } from "../db/client";

export type ExistingCustomer = { id: number; name: string; archived: boolean };

/** Customers (archived too) carrying any of these organisation numbers, by number, so a search
 * result can say "already a customer" before someone creates a duplicate. */
export async function findCustomersByOrganisationNumbers(numbers: string[]): Promise<Record<string, ExistingCustomer[]>> {
  if (numbers.length === 0) return {};
  const rows = await getDb().customer.findMany({
    where: { organisationNumber: { in: numbers } },
    select: { id: true, name: true, organisationNumber: true, archivedAt: true },
    orderBy: { id: "asc" },
    take: 200,
  });
  const byNumber: Record<string, ExistingCustomer[]> = {};
  for (const row of rows) {
    (byNumber[row.organisationNumber!] ??= []).push({ id: row.id, name: row.name, archived: row.archivedAt !== null });
  }
  return byNumber;
}
