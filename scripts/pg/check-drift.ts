// `npm run db:check-schemas` (scripts/test.sh runs it against the throwaway cluster): fails when
// the PostgreSQL schema has drifted from SQLite's.
//  1. prisma/postgres/schema.prisma must be what prisma/schema.prisma generates.
//  2. With a PostgreSQL server in DATABASE_URL: both migration folders, applied to fresh
//     databases, must give the same tables, columns (type, nullability) and indexes.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { isPostgres } from "../../lib/db/database-url";
import { dropDatabase, recreateDatabase, withAdmin } from "../../tests/setup/pg-databases";
import { expectedPostgresSchema, PG_MIGRATION_COMMAND, PG_ONLY_INDEXES, PG_SCHEMA, SQLITE_SCHEMA } from "./pg-schema";

const FIX = `run \`${PG_MIGRATION_COMMAND}\` and commit the schema and the new migration`;
/** SQLite-only tables: the counterpart of the trigram index, an FTS5 trigram table and its shadow tables
 * (prisma/migrations/20261203130000_customer_search_trigram, decision 038). */
const SQLITE_ONLY_TABLES = /^CustomerSearch(_(data|idx|content|docsize|config))?$/;
const PG_TYPE_OF: Record<string, string> = {
  INTEGER: "integer",
  TEXT: "text",
  DATETIME: "timestamp without time zone",
  BOOLEAN: "boolean",
  BIGINT: "bigint",
  REAL: "double precision",
  DECIMAL: "numeric",
  JSONB: "jsonb",
  BLOB: "bytea",
};

type Shape = Map<string, string>; // "table.column" / "index name" -> description
/** The declared PostgreSQL-only indexes the migrated database has (left out of its Shape). */
type PostgresShape = { shape: Shape; pgOnly: Set<string> };

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

function sqliteShape(path: string): Shape {
  const db = new Database(path, { readonly: true });
  const shape: Shape = new Map();
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[];
  for (const { name: table } of tables) {
    if (SQLITE_ONLY_TABLES.test(table)) continue;
    for (const column of db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[]) {
      const type = PG_TYPE_OF[column.type.toUpperCase()] ?? column.type;
      shape.set(`column ${table}.${column.name}`, `${type}${column.notnull || column.pk ? " NOT NULL" : ""}`);
    }
    for (const index of db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[]) {
      if (index.origin === "pk") continue;
      const columns = (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name);
      shape.set(`index ${index.name}`, `${index.unique ? "UNIQUE " : ""}${table}(${columns.join(", ")})`);
    }
  }
  db.close();
  return shape;
}

async function postgresShape(url: string): Promise<PostgresShape> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const shape: Shape = new Map();
  const pgOnly = new Set<string>();
  try {
    const columns = await client.query<{ table: string; column: string; type: string; nullable: string }>(`
      SELECT table_name AS "table", column_name AS "column", data_type AS "type", is_nullable AS "nullable"
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    for (const c of columns.rows) shape.set(`column ${c.table}.${c.column}`, `${c.type}${c.nullable === "NO" ? " NOT NULL" : ""}`);
    const indexes = await client.query<{ table: string; name: string; unique: boolean; columns: string[] }>(`
      SELECT t.relname AS "table", i.relname AS "name", ix.indisunique AS "unique",
        array_agg(a.attname::text ORDER BY k.ord) AS "columns"
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND NOT ix.indisprimary AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, i.relname, ix.indisunique`);
    for (const index of indexes.rows) {
      if (PG_ONLY_INDEXES.includes(index.name)) {
        pgOnly.add(index.name);
        continue;
      }
      shape.set(`index ${index.name}`, `${index.unique ? "UNIQUE " : ""}${index.table}(${index.columns.join(", ")})`);
    }
  } finally {
    await client.end();
  }
  return { shape, pgOnly };
}

function differences(sqlite: Shape, { shape: postgres, pgOnly }: PostgresShape): string[] {
  const out: string[] = [];
  for (const name of PG_ONLY_INDEXES) if (!pgOnly.has(name)) out.push(`index ${name} (declared PostgreSQL-only in scripts/pg/pg-schema.ts) is missing on PostgreSQL`);
  for (const [key, value] of sqlite) {
    if (!postgres.has(key)) out.push(`${key} (${value}) is missing on PostgreSQL`);
    else if (postgres.get(key) !== value) out.push(`${key} is ${value} on SQLite but ${postgres.get(key)} on PostgreSQL`);
  }
  for (const [key, value] of postgres) if (!sqlite.has(key)) out.push(`${key} (${value}) is on PostgreSQL only`);
  return out;
}

async function main(): Promise<number> {
  if (readFileSync(PG_SCHEMA, "utf8") !== expectedPostgresSchema()) {
    console.error(`${PG_SCHEMA} has drifted from ${SQLITE_SCHEMA}: ${FIX}.`);
    return 1;
  }
  const server = process.env.DATABASE_URL;
  if (!server || !isPostgres(server)) {
    console.log(`${PG_SCHEMA} matches ${SQLITE_SCHEMA} (set DATABASE_URL to a PostgreSQL server to compare the migrated databases too)`);
    return 0;
  }
  mkdirSync("tmp", { recursive: true });
  const sqlitePath = `tmp/schema-drift-${process.pid}.db`;
  const pgName = `schema_drift_${process.pid}`;
  try {
    migrate(`file:./${sqlitePath}`);
    const pgUrl = await recreateDatabase(server, pgName);
    migrate(pgUrl);
    const found = differences(sqliteShape(sqlitePath), await postgresShape(pgUrl));
    if (found.length > 0) {
      console.error(`The PostgreSQL migrations do not give SQLite's schema (${found.length} differences): ${FIX}.`);
      for (const line of found) console.error(`  ${line}`);
      return 1;
    }
    console.log("The SQLite and PostgreSQL schemas and migrations match.");
    return 0;
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${sqlitePath}${suffix}`, { force: true });
    await dropDatabase(server, pgName).catch(() => undefined);
    void withAdmin;
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
