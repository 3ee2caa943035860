// Copies a seeded SQLite benchmark database into a migrated, empty PostgreSQL database with COPY,
// for the 1,000,000-customer and load-test figures on PostgreSQL: prisma/seed.ts writes through
// Prisma row by row and takes hours there at that size. Every table both databases have (the
// SQLite-only FTS tables and the migrations table aside) is streamed through better-sqlite3 as
// CSV into `psql \copy ... FROM STDIN`, one batch in memory at a time; foreign keys are not
// checked during the copy (session_replication_role = replica: the source already satisfied them),
// then the id sequences are moved past the copied ids and every table is analyzed.
//
//   npx tsx scripts/bench/pg-copy.ts <sqlite file> <postgresql url> [--skip Table,Table]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";

type Column = { name: string; type: string };

/** A CSV field as PostgreSQL's COPY reads it: NULL is an empty unquoted field, every text quoted
 * (so an empty string stays one). */
function field(value: unknown, type: string): string {
  if (value === null || value === undefined) return "";
  if (type === "boolean") return value === 1 || value === 1n || value === true ? "t" : "f";
  if (type.startsWith("timestamp") && (typeof value === "number" || typeof value === "bigint")) return new Date(Number(value)).toISOString();
  if (type === "bytea") return `\\x${Buffer.from(value as Uint8Array).toString("hex")}`;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}

async function pgColumns(client: pg.Client): Promise<Map<string, Column[]>> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  );
  const tables = new Map<string, Column[]>();
  for (const row of rows) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), { name: row.column_name, type: row.data_type }]);
  return tables;
}

/** One table: SQLite rows as CSV into psql's standard input. Returns the rows copied. */
async function copyTable(sqlite: Database.Database, url: string, table: string, columns: Column[]): Promise<number> {
  const list = columns.map((column) => `"${column.name}"`).join(", ");
  const psql = spawn("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", "SET session_replication_role = replica", "-c", `\\copy "${table}" (${list}) FROM STDIN WITH (FORMAT csv)`], {
    stdio: ["pipe", "inherit", "inherit"],
  });
  const exited = once(psql, "exit");
  let rows = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    if (!psql.stdin.write(batch.join(""))) await once(psql.stdin, "drain");
    batch = [];
  };
  for (const row of sqlite.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate() as IterableIterator<unknown[]>) {
    batch.push(`${row.map((value, i) => field(value, columns[i].type)).join(",")}\n`);
    rows++;
    if (batch.length >= 5_000) await flush();
  }
  await flush();
  psql.stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`psql \\copy "${table}" exited with ${code}`);
  return rows;
}

export async function copySqliteToPostgres(sqliteFile: string, url: string, options: { skip?: string[]; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  sqlite.defaultSafeIntegers(true); // 64-bit money as it is
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const inSqlite = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]));
    const tables = await pgColumns(client);
    // All at once first: TRUNCATE ... CASCADE of one table empties the tables referencing it
    // (Partner's would empty Customer), so no table may be truncated after another's copy.
    await client.query(`TRUNCATE ${[...tables.keys()].map((table) => `"${table}"`).join(", ")}`);
    for (const [table, columns] of tables) {
      if (!inSqlite.has(table) || options.skip?.includes(table)) {
        log(`${table}: skipped${inSqlite.has(table) ? "" : " (not in the SQLite file)"}`);
        continue;
      }
      const sqliteColumns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]));
      const shared = columns.filter((column) => sqliteColumns.has(column.name));
      const started = Date.now();
      const rows = await copyTable(sqlite, url, table, shared);
      log(`${table}: ${rows.toLocaleString("en-US")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Sequences past the copied ids, so the app's next insert does not collide.
    const { rows: sequences } = await client.query<{ table_name: string; column_name: string; seq: string }>(
      `SELECT table_name, column_name, pg_get_serial_sequence(format('%I', table_name), column_name) AS seq
       FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { table_name, column_name, seq } of sequences) {
      await client.query(`SELECT setval($1, GREATEST(1, (SELECT COALESCE(MAX("${column_name}"), 0) FROM "${table_name}")))`, [seq]);
    }
    await client.query("ANALYZE");
  } finally {
    sqlite.close();
    await client.end();
  }
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { skip: { type: "string" } } });
  const [file, url] = positionals;
  if (!file || !url) throw new Error("usage: npx tsx scripts/bench/pg-copy.ts <sqlite file> <postgresql url> [--skip Table,Table]");
  const started = Date.now();
  await copySqliteToPostgres(file, url, { skip: values.skip?.split(",").filter(Boolean) });
  console.log(`Copied ${file} into PostgreSQL in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

if (process.argv[1]?.endsWith("pg-copy.ts")) {
  main().catch((error) => {
    console.error(`pg-copy failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
