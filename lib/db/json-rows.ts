// Reads a query's rows as ONE JSON value (an array of row arrays) instead of one result row per
// record: for batch jobs reading tens of thousands of child rows (the daily recompute), where
// Prisma's per-row, per-value mapping of $queryRaw results and the objects it leaves for the
// garbage collector cost more than the database's own work (docs/benchmarks.md, issue 12 stop 14).
// The aggregate is the one spelling the two databases do not share: SQLite's json_group_array
// with json_array, PostgreSQL's json_agg with json_build_array (cast to text so the driver hands
// over the string; NULL when there are no rows).
//
// JSON has no dates or 64-bit integers, so callers CAST 64-bit money to text in the inner query
// and convert dates with jsonDate; booleans come back as 0/1 (SQLite) or true/false (PostgreSQL).
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "./client";
import { isPostgres } from "./database-url";

/** The rows of `inner` (a SELECT, built with Prisma.sql), each an array of `columns` (names of
 * the inner query's result columns) in that order. Row order is not defined. */
export async function queryJsonRows(tx: Tx, inner: Prisma.Sql, columns: readonly string[]): Promise<unknown[][]> {
  const values = Prisma.raw(columns.map((name) => `t."${name}"`).join(", "));
  const aggregate = isPostgres()
    ? Prisma.sql`CAST(json_agg(json_build_array(${values})) AS TEXT)`
    : Prisma.sql`json_group_array(json_array(${values}))`;
  const [row] = await tx.$queryRaw<Array<{ rows: string | null }>>`SELECT ${aggregate} AS "rows" FROM (${inner}) AS t`;
  return row?.rows ? (JSON.parse(row.rows) as unknown[][]) : [];
}

/** A DateTime as JSON carries it: SQLite's stored text ("...+00:00") or epoch milliseconds,
 * PostgreSQL's timestamp without a zone (UTC by the schema's convention, so "Z" is added). */
export function jsonDate(value: unknown): Date {
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  // "Z" or "+hh:mm" / "-hh:mm" at the end (a character test: this runs for every date of a batch).
  const sign = text[text.length - 6];
  return new Date(text.endsWith("Z") || sign === "+" || sign === "-" ? text : `${text}Z`);
}

export function jsonDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : jsonDate(value);
}

/** The other direction: rows to write, bound as ONE JSON text parameter and read back in SQL as a
 * table `j` of row arrays (SQLite json_each, PostgreSQL json_array_elements; both name the element
 * column "value"). For `UPDATE ... FROM ${jsonRowsTable(rows)} WHERE ... = CAST(${jsonField(0)} AS
 * INTEGER)`: one parameter instead of one per value, and no long VALUES list to parse. */
export function jsonRowsTable(rows: readonly unknown[][]): Prisma.Sql {
  const json = JSON.stringify(rows);
  return isPostgres() ? Prisma.sql`json_array_elements(CAST(${json} AS json)) AS j` : Prisma.sql`json_each(${json}) AS j`;
}

/** Element `index` of the row array `j.value` (jsonRowsTable), as text on PostgreSQL and as its
 * SQL value on SQLite: CAST it to the column's type. */
export function jsonField(index: number): Prisma.Sql {
  return Prisma.raw(`j.value ->> ${Math.trunc(index)}`);
}
