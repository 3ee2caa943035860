// Rewrites Customer.nameSort and Customer.searchText with the code's folding
// (lib/customers/search-text.ts) for rows written by an older version of it, once per
// NORMALIZATION_VERSION: a migration cannot run JavaScript, so `npm run db:backfill` (run by the
// start scripts after `prisma migrate deploy`) does it and records the version in DataVersion.
// Keyset batches by id, one transaction per batch, only changed rows written: a database
// already up to date costs one read of the version row.
import type { PrismaClient } from "../../generated/prisma/client";
import { updateRowsById } from "../db/bulk-write";
import { SEARCHED_FIELDS } from "./fields";
import { buildNameSort, buildSearchText, NORMALIZATION_VERSION } from "./search-text";

export const NORMALIZATION_KEY = "customer-normalization";
const BATCH = 2000;

export type BackfillResult =
  | { ran: false; version: number }
  | { ran: true; from: number | null; version: number; customers: number; changed: number; seconds: number };

export async function backfillNormalizedColumns(
  db: PrismaClient,
  options: { force?: boolean; version?: number; onProgress?: (customers: number) => void } = {},
): Promise<BackfillResult> {
  const version = options.version ?? NORMALIZATION_VERSION;
  const stored = await db.dataVersion.findUnique({ where: { key: NORMALIZATION_KEY } });
  if (!options.force && stored && stored.version >= version) return { ran: false, version: stored.version };

  const started = performance.now();
  const select = { id: true, name: true, nameSort: true, searchText: true, ...Object.fromEntries(SEARCHED_FIELDS.map((field) => [field, true])) };
  let after = 0;
  let customers = 0;
  let changed = 0;
  for (;;) {
    const rows = (await db.customer.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH, select })) as unknown as Array<
      { id: number; name: string; nameSort: string; searchText: string } & Record<string, string | null>
    >;
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    customers += rows.length;
    const updates = rows.flatMap((row) => {
      const nameSort = buildNameSort(row.name);
      const searchText = buildSearchText(row);
      if (nameSort === row.nameSort && searchText === row.searchText) return [];
      return [{ id: row.id, values: { nameSort, searchText } }];
    });
    if (updates.length > 0) {
      await db.$transaction((tx) => updateRowsById(tx, "Customer", updates), { timeout: 120_000 });
      changed += updates.length;
    }
    options.onProgress?.(customers);
  }
  await db.dataVersion.upsert({
    where: { key: NORMALIZATION_KEY },
    create: { key: NORMALIZATION_KEY, version },
    update: { version },
  });
  return { ran: true, from: stored?.version ?? null, version, customers, changed, seconds: (performance.now() - started) / 1000 };
}
