// Reads the rows of an export in batches, in the list's own filter and sort, walking the sort
// order with a keyset cursor (sort key(s) + id) instead of a growing OFFSET, so a batch costs
// the same at row 1,000,000 as at row 1 and no more than one batch sits in memory.
import type { Prisma } from "../../generated/prisma/client";
import { buildCustomerOrderBy, buildCustomerWhere } from "../customers/queries";
import type { CustomerListQuery, SortColumn, SortDirection } from "../customers/schema";
import { databaseUrl, getDb } from "../db/client";

// Relations are looked up per batch (account managers by id, warnings only for the rows that have
// any) rather than through Prisma's nested select: that costs 8x more per batch (519 vs 63 ms for
// 5,000 rows at 100k customers, docs/benchmarks.md).
const exportSelect = {
  id: true,
  name: true,
  nameSort: true,
  status: true,
  origin: true,
  city: true,
  region: true,
  country: true,
  createdAt: true,
  accountManagerId: true,
  hasWarnings: true,
} satisfies Prisma.CustomerSelect;

type CustomerExportFields = Prisma.CustomerGetPayload<{ select: typeof exportSelect }>;

export type ExportRow = Omit<CustomerExportFields, "accountManagerId" | "hasWarnings"> & {
  accountManager: { name: string } | null;
  warnings: { rule: string }[];
};

/** What to export: the list's filter, or chosen ids (shown in the list's sort order). */
export type ExportSelection =
  | { kind: "filter"; query: CustomerListQuery }
  | { kind: "ids"; ids: readonly number[]; query: Pick<CustomerListQuery, "sort" | "dir"> };

export const DEFAULT_BATCH_SIZE = 5_000;

type KeyValue = string | number | Date | null;

/** One sort key of the keyset: how to read it from a row and how to compare it in a where. */
type SortKey = {
  read(row: ExportRow): KeyValue;
  /** A where clause comparing the key with `value`. */
  compare(op: "gt" | "lt" | "gte" | "lte" | "equals", value: Exclude<KeyValue, null>): Prisma.CustomerWhereInput;
  /** For nullable keys: where nulls come in this walk, and the clauses for null / not null. */
  nulls?: { last: boolean; isNull: Prisma.CustomerWhereInput; notNull: Prisma.CustomerWhereInput };
};

const column = (field: "id" | "nameSort" | "status" | "origin" | "createdAt"): SortKey => ({
  read: (row) => row[field],
  compare: (op, value) => ({ [field]: { [op]: value } }),
});

const nullableColumn = (field: "city" | "region" | "country"): SortKey => ({
  read: (row) => row[field],
  compare: (op, value) => ({ [field]: { [op]: value } }),
  // buildCustomerOrderBy asks for NULLS LAST on these in both directions.
  nulls: { last: true, isNull: { [field]: null }, notNull: { [field]: { not: null } } },
});

/** Customers without an account manager sort where the database puts NULL in the list's
 * `ORDER BY StaffUser.name` (a LEFT JOIN without NULLS FIRST/LAST): SQLite treats NULL as the
 * smallest value, PostgreSQL as the largest. */
function managerNullsLast(dir: SortDirection): boolean {
  const nullIsLargest = /^postgres(ql)?:/.test(databaseUrl());
  return nullIsLargest === (dir === "asc");
}

function sortKeys(sort: SortColumn, dir: SortDirection): SortKey[] {
  const id = column("id");
  switch (sort) {
    case "id":
      return [id];
    case "name":
      return [column("nameSort"), id];
    case "status":
      return [column("status"), id];
    case "origin":
      return [column("origin"), id];
    case "createdAt":
      return [column("createdAt"), id];
    case "location":
      return [nullableColumn("city"), nullableColumn("region"), id];
    case "country":
      return [nullableColumn("country"), id];
    case "accountManager":
      return [
        {
          read: (row) => row.accountManager?.name ?? null,
          compare: (op, value) => ({ accountManager: { is: { name: { [op]: value } } } }),
          nulls: { last: managerNullsLast(dir), isNull: { accountManagerId: null }, notNull: { accountManagerId: { not: null } } },
        },
        id,
      ];
  }
}

/** Rows strictly after `cursor` in the order of `keys`:
 * (k1 after c1) OR (k1 = c1 AND k2 after c2) OR ... where "after" and "=" account for NULLs. */
function keysetAfter(keys: readonly SortKey[], dir: SortDirection, cursor: ExportRow): Prisma.CustomerWhereInput {
  const after: "gt" | "lt" = dir === "asc" ? "gt" : "lt";
  const branches: Prisma.CustomerWhereInput[] = [];
  const equalSoFar: Prisma.CustomerWhereInput[] = [];
  for (const key of keys) {
    const value = key.read(cursor);
    let later: Prisma.CustomerWhereInput | null;
    let equal: Prisma.CustomerWhereInput;
    if (value === null) {
      // After a NULL come the non-NULLs only when NULLs sort first.
      later = key.nulls && !key.nulls.last ? key.nulls.notNull : null;
      equal = key.nulls!.isNull;
    } else {
      const greater = key.compare(after, value);
      later = key.nulls?.last ? { OR: [greater, key.nulls.isNull] } : greater;
      equal = key.compare("equals", value);
    }
    if (later) branches.push(equalSoFar.length ? { AND: [...equalSoFar, later] } : later);
    equalSoFar.push(equal);
  }
  const keyset: Prisma.CustomerWhereInput = { OR: branches };
  // A plain bound on the first key as well, so the database can start its index range scan at
  // the cursor rather than filtering every entry before it (valid unless NULLs follow).
  const first = keys[0];
  const firstValue = first.read(cursor);
  if (firstValue !== null && !first.nulls?.last) {
    return { AND: [first.compare(dir === "asc" ? "gte" : "lte", firstValue), keyset] };
  }
  return keyset;
}

function selectionWhere(selection: ExportSelection): Prisma.CustomerWhereInput {
  return selection.kind === "filter" ? buildCustomerWhere(selection.query) : { id: { in: [...selection.ids] } };
}

async function withRelations(customers: CustomerExportFields[]): Promise<ExportRow[]> {
  const db = getDb();
  const managerIds = [...new Set(customers.map((row) => row.accountManagerId).filter((id): id is number => id !== null))];
  const warnedIds = customers.filter((row) => row.hasWarnings).map((row) => row.id);
  const [managers, warnings] = await Promise.all([
    managerIds.length ? db.staffUser.findMany({ where: { id: { in: managerIds } }, select: { id: true, name: true } }) : [],
    warnedIds.length ? db.customerWarning.findMany({ where: { customerId: { in: warnedIds } }, select: { customerId: true, rule: true } }) : [],
  ]);
  const managerName = new Map(managers.map((manager) => [manager.id, manager.name]));
  const rulesOf = new Map<number, { rule: string }[]>();
  for (const warning of warnings) {
    const rules = rulesOf.get(warning.customerId) ?? [];
    rules.push({ rule: warning.rule });
    rulesOf.set(warning.customerId, rules);
  }
  return customers.map(({ accountManagerId, hasWarnings: _hasWarnings, ...row }) => {
    const name = accountManagerId === null ? undefined : managerName.get(accountManagerId);
    return { ...row, accountManager: name === undefined ? null : { name }, warnings: rulesOf.get(row.id) ?? [] };
  });
}

/** Yields the export's rows in batches of `batchSize`, in the list's sort order, stopping early
 * when `signal` aborts (the client went away). */
export async function* readExportBatches(
  selection: ExportSelection,
  options: { batchSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<ExportRow[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const { sort, dir } = selection.query;
  const where = selectionWhere(selection);
  const orderBy = buildCustomerOrderBy(sort, dir);
  const keys = sortKeys(sort, dir);
  let cursor: ExportRow | null = null;
  while (!options.signal?.aborted) {
    const customers = await getDb().customer.findMany({
      where: cursor ? { AND: [where, keysetAfter(keys, dir, cursor)] } : where,
      orderBy,
      select: exportSelect,
      take: batchSize,
    });
    const batch = await withRelations(customers);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1];
  }
}
