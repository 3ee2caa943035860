// Reads the rows of an export in the list's own filter and sort: one SQL query whose rows stream
// from a database cursor (lib/db/stream-rows.ts) in batches, so the database walks the list's
// index once and no more than one batch sits in memory. The filter and order are the list's
// query builder's (lib/customers/list-query.ts); raw rows, because Prisma's findMany spent 1.3 s
// turning 95,000 rows into objects, where this whole read takes 0.3 s (docs/benchmarks.md).
import { Prisma } from "../../generated/prisma/client";
import type { CustomerListQuery } from "../customers/schema";
import { EXPORTED_FIELDS } from "../customers/fields";
import { filterConditions, LIST_FROM, orderBySql, whereSql } from "../customers/list-query";
import { formatDate } from "../format/dates";
import { DEFAULT_CURRENCY } from "../customer-settings/default-currency";
import { stringAgg, streamRows, type RawRow } from "../db/stream-rows";

export type ExportRow = {
  id: number;
  name: string;
  status: string;
  origin: string;
  city: string | null;
  region: string | null;
  country: string | null;
  createdAt: DbDateTime;
  accountManager: { name: string } | null;
  warnings: { rule: string }[];
  subscriptionCount: number;
  userCount: number;
  mrrMinor: bigint;
  arrMinor: bigint;
  /** The customer's own currency (its settings; USD without). */
  currency: string;
  riskScore: number;
  riskLevel: string;
  updatedAt: DbDateTime;
  /** The values of EXTRA_EXPORT_FIELDS, in that order. */
  extra: (string | null)[];
};

/** The fields the list's own columns show (lib/export/columns.ts), read by the query below. */
const LIST_FIELDS = new Set(["id", "name", "status", "origin", "country", "createdAt", "accountManagerId"]);

/** Exported fields of the declaration (lib/customers/fields.ts) beyond the list's columns: text
 * columns of Customer, selected by name after the list's. */
export const EXTRA_EXPORT_FIELDS = EXPORTED_FIELDS.filter((def) => def.column && !LIST_FIELDS.has(def.name));
const EXTRA_SQL = EXTRA_EXPORT_FIELDS.map((def) => `, c."${def.name}"`).join("");

/** What to export: the list's filter, or chosen ids (shown in the list's sort order). */
export type ExportSelection =
  | { kind: "filter"; query: CustomerListQuery }
  | { kind: "ids"; ids: readonly number[]; query: Pick<CustomerListQuery, "sort" | "dir" | "cols"> };

/** Rows per batch. With a cursor the size only sets how much is held at once; 1,000 rows keep the
 * young generation's survivors small (500 ms for 95k rows at 5,000, 450 ms at 1,000). */
export const DEFAULT_BATCH_SIZE = 1_000;

/** A DateTime as the driver returns it: SQLite the ISO 8601 text Prisma stored (in UTC),
 * PostgreSQL a Date. Converted only where a Date is needed (XLSX): inside Next.js, which wraps
 * the Date constructor, a `new Date(text)` per row cost 28 ms per 95,000 rows. */
export type DbDateTime = string | Date;

export const toDate = (value: DbDateTime): Date => (typeof value === "string" ? new Date(value) : value);

/** The UTC day, YYYY-MM-DD. */
export function utcDay(value: DbDateTime): string {
  if (typeof value !== "string") return formatDate(value);
  return value.endsWith("+00:00") || value.endsWith("Z") ? value.slice(0, 10) : formatDate(new Date(value));
}

function selectionWhere(selection: ExportSelection): Prisma.Sql {
  if (selection.kind === "filter") return whereSql(filterConditions(selection.query));
  return whereSql([selection.ids.length > 0 ? Prisma.sql`c."id" IN (${Prisma.join([...selection.ids])})` : Prisma.sql`1 = 0`]);
}

export function exportQuery(selection: ExportSelection): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."name", c."status", c."origin", c."city", c."region", c."country", c."createdAt", m."name",
      CASE WHEN c."hasWarnings" = TRUE THEN (SELECT ${stringAgg(Prisma.sql`w."rule"`, ",")} FROM "CustomerWarning" w WHERE w."customerId" = c."id") END,
      c."subscriptionCount", c."userCount", c."mrrMinor", c."arrMinor",
      (SELECT s."currency" FROM "CustomerSettings" s WHERE s."customerId" = c."id"), c."riskScore", c."riskLevel", c."updatedAt"
      ${Prisma.raw(EXTRA_SQL)}
    ${LIST_FROM}
    ${selectionWhere(selection)}
    ${orderBySql(selection.query)}`;
}

function toExportRow(row: RawRow): ExportRow {
  return {
    id: row[0] as number,
    name: row[1] as string,
    status: row[2] as string,
    origin: row[3] as string,
    city: row[4] as string | null,
    region: row[5] as string | null,
    country: row[6] as string | null,
    createdAt: row[7] as DbDateTime,
    accountManager: row[8] === null ? null : { name: row[8] as string },
    // Rule ids are snake_case: the comma cannot occur in one.
    warnings: row[9] === null ? [] : (row[9] as string).split(",").map((rule) => ({ rule })),
    subscriptionCount: Number(row[10]),
    userCount: Number(row[11]),
    mrrMinor: BigInt(row[12] as number | bigint),
    arrMinor: BigInt(row[13] as number | bigint),
    currency: (row[14] as string | null) ?? DEFAULT_CURRENCY,
    riskScore: Number(row[15]),
    riskLevel: row[16] as string,
    updatedAt: row[17] as DbDateTime,
    extra: row.slice(18) as (string | null)[],
  };
}

/** Yields the export's rows in batches of `batchSize`, in the list's sort order, stopping early
 * when `signal` aborts (the client went away). */
export async function* readExportBatches(
  selection: ExportSelection,
  options: { batchSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<ExportRow[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  for await (const raw of streamRows(exportQuery(selection), { batchSize })) {
    if (options.signal?.aborted) return;
    yield raw.map(toExportRow);
  }
}
