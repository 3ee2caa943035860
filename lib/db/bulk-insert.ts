// Multi-row INSERTs, for writes of many rows at once (lib/customers/create-many.ts). Prisma's
// createManyAndReturn took over a millisecond a row for the import (docs/benchmarks.md); one raw
// INSERT of 500 rows costs a small fraction of that. Portable SQL: quoted identifiers, VALUES lists,
// RETURNING (SQLite 3.35+, PostgreSQL), and values bound through Prisma.sql, so each driver
// adapter stores Dates and booleans exactly as Prisma's own queries do.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "./client";

// 500 rows x 23 columns (the customer) stays under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_STATEMENT = 500;

type Value = string | number | boolean | Date | null;

function chunk<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
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
