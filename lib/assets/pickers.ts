// The choices of the location and owner pickers. Seed 001: "Archiving objects hides the object
// from ... dropdown menus. Archived objects still appear in dropdown menus when searched by
// name." So a blank query lists only active choices; a typed one finds archived ones too, marked.
import { Prisma } from "../../generated/prisma/client";
import { getDb } from "../db/client";
import type { PickerQuery } from "./schema";

export const PICKER_LIMIT = 20;

export type PickerOption = { id: number; label: string; detail: string | null; archived: boolean };

/** Customers (possible owners) whose name contains the query, in name order, active first. */
export async function searchOwnerOptions({ q }: PickerQuery): Promise<PickerOption[]> {
  const customers = await getDb().customer.findMany({
    // nameSort is the lower-cased name, so the match ignores case on SQLite and PostgreSQL alike.
    where: q ? { nameSort: { contains: q.toLowerCase() } } : { archivedAt: null },
    select: { id: true, name: true, city: true, archivedAt: true },
    orderBy: [{ nameSort: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT * 5,
  });
  return activeFirst(
    customers.map((customer) => ({
      id: customer.id,
      label: customer.name,
      detail: [`#${customer.id}`, customer.city].filter(Boolean).join(" · "),
      archived: customer.archivedAt !== null,
    })),
  );
}

/** Locations whose name, or whose customer's name, contains the query. A blank query lists the
 * given customer's active locations, the likeliest choice on that customer's page. */
export async function searchLocationOptions({ q, customerId }: PickerQuery): Promise<PickerOption[]> {
  const where = q ? { id: { in: await locationIdsMatching(q) } } : { archivedAt: null, customer: { archivedAt: null }, ...(customerId ? { customerId } : {}) };
  const locations = await getDb().location.findMany({
    where,
    select: { id: true, name: true, city: true, archivedAt: true, customer: { select: { id: true, name: true, archivedAt: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT * 5,
  });
  return activeFirst(
    locations.map((location) => ({
      id: location.id,
      label: location.name,
      // "Customer name · city": the same site name is common across customers.
      detail: [location.customer.name, location.city].filter(Boolean).join(" · "),
      // A location of an archived customer is as hidden as an archived location.
      archived: location.archivedAt !== null || location.customer.archivedAt !== null,
    })),
  );
}

/** Ids of the locations whose name, or whose customer's name, contains `q`, ignoring case the same
 * way on SQLite and PostgreSQL (LOWER of the name, the customer's stored lower-case nameSort;
 * Prisma's `contains` is case-sensitive on PostgreSQL). `%` and `_` match themselves. */
async function locationIdsMatching(q: string): Promise<number[]> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb().$queryRaw<Array<{ id: number }>>(Prisma.sql`
    SELECT l."id" FROM "Location" l JOIN "Customer" c ON c."id" = l."customerId"
    WHERE LOWER(l."name") LIKE ${pattern} ESCAPE '\\' OR c."nameSort" LIKE ${pattern} ESCAPE '\\'
    ORDER BY l."name", l."id" LIMIT ${PICKER_LIMIT * 5}`);
  return rows.map((row) => Number(row.id));
}

/** Active choices before archived ones, each group in the order read, at most PICKER_LIMIT. */
function activeFirst(options: PickerOption[]): PickerOption[] {
  return [...options.filter((o) => !o.archived), ...options.filter((o) => o.archived)].slice(0, PICKER_LIMIT);
}
