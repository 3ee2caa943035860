// Streams the rows of one read-only query through a database cursor, in batches: the database
// walks its index once, no batch but the current one sits in memory, and there is no OFFSET or
// keyset query to repeat. For exports of the whole customer table (docs/benchmarks.md: reading
// 100,000 rows this way costs a fifth of findMany's object mapping).
//
// SQLite: a separate read-only connection per stream. In WAL mode it reads one snapshot from
// start to end (an export is consistent even while others write) and it does not hold up the
// shared client's connection. Between batches the event loop runs.
//
// PostgreSQL: a server-side cursor on a connection of its own (lib/db/pg-cursor.ts), with
// timestamps as the same UTC text.
import Database from "better-sqlite3";
import { Prisma } from "../../generated/prisma/client";
import { BUSY_TIMEOUT_MS, databaseUrl, sqliteFilePath } from "./client";
import { isPostgres } from "./database-url";
import { streamPgRows } from "./pg-cursor";

const isSqlite = () => !isPostgres();

/** `expr`'s values joined with `separator`, an aggregate: SQLite's group_concat, PostgreSQL's
 * string_agg (the one spelling the two do not share). */
export function stringAgg(expr: Prisma.Sql, separator: string): Prisma.Sql {
  return isSqlite() ? Prisma.sql`group_concat(${expr}, ${separator})` : Prisma.sql`string_agg(${expr}, ${separator})`;
}

/** A bound value as Prisma's SQLite adapter writes it, so a filter on a DateTime column (the
 * list's "updated after") compares like with like: ISO 8601 UTC text, booleans as 1 and 0. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** A row as the driver returns it: the selected columns in order. */
export type RawRow = unknown[];

/** Yields the rows of `query` (built with Prisma.sql, portable SQL) in batches of `batchSize`.
 * Stop early by returning the iterator (for await ... break does); the cursor closes then. */
export async function* streamRows(query: Prisma.Sql, options: { batchSize: number }): AsyncGenerator<RawRow[]> {
  const url = databaseUrl();
  if (!isSqlite()) {
    yield* streamPgRows(url, query, options.batchSize);
    return;
  }
  const connection = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const rows = connection.prepare(query.sql).raw(true).iterate(...query.values.map(sqliteValue)) as IterableIterator<RawRow>;
    try {
      for (;;) {
        const batch: RawRow[] = [];
        while (batch.length < options.batchSize) {
          const next = rows.next();
          if (next.done) break;
          batch.push(next.value);
        }
        if (batch.length > 0) yield batch;
        if (batch.length < options.batchSize) return;
      }
    } finally {
      rows.return?.();
    }
  } finally {
    connection.close();
  }
}
