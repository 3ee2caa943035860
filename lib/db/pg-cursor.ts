// Streams a read-only query's rows on PostgreSQL through a server-side cursor (DECLARE ... CURSOR,
// FETCH n): the server walks the plan once and hands over one batch at a time, so no more than
// one batch is held in memory. A connection of its own, outside Prisma's pool, in a REPEATABLE
// READ READ ONLY transaction: one snapshot from start to end, as the SQLite stream reads.
import pg from "pg";
import type { Prisma } from "../../generated/prisma/client";

const TIMESTAMP_OID = 1114;
const INT8_OID = 20;

// Prisma stores DateTime as `timestamp(3)` in UTC. node-postgres would read it in the process's
// time zone; the stream returns it as ISO 8601 text in UTC, as SQLite's rows carry it.
const streamTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_OID) return (value: string) => `${value.replace(" ", "T")}Z`;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** A bound Date as the UTC wall time of a `timestamp(3)` column: node-postgres would otherwise
 * write it in the process's time zone, which the column (without time zone) would take as UTC. */
function pgValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

export async function* streamPgRows(url: string, query: Prisma.Sql, batchSize: number): AsyncGenerator<unknown[][]> {
  const client = new pg.Client({ connectionString: url, types: streamTypes as pg.CustomTypesConfig });
  await client.connect();
  let open = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    open = true;
    await client.query({ text: `DECLARE export_rows NO SCROLL CURSOR FOR ${query.text}`, values: query.values.map(pgValue) });
    for (;;) {
      const result = await client.query({ text: `FETCH ${batchSize} FROM export_rows`, rowMode: "array" });
      if (result.rows.length > 0) yield result.rows as unknown[][];
      if (result.rows.length < batchSize) break;
    }
  } finally {
    // Also when the consumer stops early: the transaction ends and the cursor with it.
    if (open) await client.query("ROLLBACK").catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
