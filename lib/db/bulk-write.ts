// Multi-row INSERTs and UPDATEs, for writes of many rows at once (lib/customers/create-many.ts,
// the import's updates, audit rows). Prisma's createManyAndReturn took over a millisecond a row
// for the import (docs/benchmarks.md); one raw INSERT of 500 rows costs a small fraction of that.
// Portable SQL: quoted identifiers, VALUES lists, CASE, RETURNING (SQLite 3.35+, PostgreSQL), and
// values bound through Prisma.sql, so each driver adapter stores Dates and booleans exactly as
// Prisma's own queries do. Table and column names come from our code, never from input.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "./client";

// 500 rows x 23 columns (the customer) stays under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_STATEMENT = 500;

export type Value = string | number | boolean | Date | null;

function chunk<T>(rows: T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function insertSql(table: string, columns: readonly string[], rows: Value[][], returning?: string) {
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `);
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(row)})`));
  return returning ? Prisma.sql`${head}${values} RETURNING ${Prisma.raw(returning)}` : Prisma.sql`${head}${values}`;
}

/** Inserts rows (values in `columns` order). */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: Value[][]): Promise<void> {
  for (const part of chunk(rows)) await tx.$executeRaw(insertSql(table, columns, part));
}

/** Inserts rows and returns the generated id of each, matched by a column whose values are
 * unique among the rows (RETURNING's order is not guaranteed). */
export async function insertRowsReturningIds(tx: Tx, table: string, columns: readonly string[], rows: Value[][], keyColumn: string): Promise<number[]> {
  const keyIndex = columns.indexOf(keyColumn);
  const idByKey = new Map<string, number>();
  for (const part of chunk(rows)) {
    const returned = await tx.$queryRaw<Array<{ id: number | bigint; key: string }>>(insertSql(table, columns, part, `"id", "${keyColumn}" AS "key"`));
    for (const row of returned) idByKey.set(row.key, Number(row.id));
  }
  return rows.map((row) => {
    const id = idByKey.get(String(row[keyIndex]));
    if (id === undefined) throw new Error(`${table}: no id returned for a row`);
    return id;
  });
}

// The database walks a column's CASE list for every row it updates, so a statement's cost grows
// with the square of its rows: 50 rows per statement (measured: 200 took 41 s for 100,000 rows).
const UPDATES_PER_STATEMENT = 50;

/** Updates rows by id, each with its own columns and values, in one statement per 50 rows:
 * `SET "col" = CASE "id" WHEN <id> THEN <value> ... ELSE "col" END` for every column any of them
 * changes. */
export async function updateRowsById(tx: Tx, table: string, rows: { id: number; values: Record<string, Value> }[]): Promise<void> {
  for (const part of chunk(rows, UPDATES_PER_STATEMENT)) {
    const columns = [...new Set(part.flatMap((row) => Object.keys(row.values)))];
    if (columns.length === 0) continue;
    const assignments = columns.map((column) => {
      const cases = part.filter((row) => column in row.values).map((row) => Prisma.sql`WHEN ${row.id} THEN ${row.values[column]}`);
      return Prisma.sql`${Prisma.raw(`"${column}"`)} = CASE "id" ${Prisma.join(cases, " ")} ELSE ${Prisma.raw(`"${column}"`)} END`;
    });
    await tx.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET ${Prisma.join(assignments)} WHERE "id" IN (${Prisma.join(part.map((row) => row.id))})`;
  }
}
