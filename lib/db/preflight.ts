// Checks, before the app or a script starts work, that DATABASE_URL names a database it can use:
// a known scheme, a reachable server that accepts the credentials, and every migration applied.
// Each problem is one line naming it (and the command that fixes it), not a driver's stack trace.
import { existsSync, readdirSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, databaseUrl, DatabaseConfigError, redactedUrl } from "./database-url";

const MIGRATE = "npx prisma migrate deploy";

function migrationFolders(kind: "sqlite" | "postgres"): string[] {
  const dir = kind === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations";
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function behind(applied: string[] | null, kind: "sqlite" | "postgres", url: string): void {
  const done = new Set(applied ?? []);
  const missing = migrationFolders(kind).filter((name) => !done.has(name));
  if (missing.length === 0) return;
  throw new DatabaseConfigError(
    `The database at ${redactedUrl(url)} is behind on migrations (${missing.length} not applied, the first ${missing[0]}): run \`${MIGRATE}\` with this DATABASE_URL.`,
  );
}

function pgProblem(error: unknown, url: string): DatabaseConfigError {
  const { code, message } = error as { code?: string; message?: string };
  const target = redactedUrl(url);
  const parsed = new URL(url);
  const server = `${parsed.hostname}:${parsed.port || 5432}`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ETIMEDOUT" || /timeout/i.test(message ?? "")) {
    return new DatabaseConfigError(`Cannot reach PostgreSQL at ${server} (${code ?? message}): is the server running, and is DATABASE_URL's host and port right?`);
  }
  if (code === "28P01" || code === "28000") return new DatabaseConfigError(`PostgreSQL at ${server} refused the user "${decodeURIComponent(parsed.username)}": wrong user name or password in DATABASE_URL.`);
  if (code === "3D000") return new DatabaseConfigError(`The database in ${target} does not exist: create it (createdb), then run \`${MIGRATE}\`.`);
  return new DatabaseConfigError(`Cannot use PostgreSQL at ${target}: ${message ?? code ?? error}`);
}

async function checkPostgres(url: string, migrations: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw pgProblem(error, url);
  }
  try {
    if (!migrations) return;
    const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    const applied = table.rows[0].exists
      ? (await client.query<{ name: string }>(`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`)).rows.map((row) => row.name)
      : null;
    behind(applied, "postgres", url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function checkSqlite(url: string, migrations: boolean): void {
  const path = url.replace(/^file:/, "");
  if (!existsSync(path)) {
    if (!migrations) return; // `prisma migrate deploy` creates the file
    throw new DatabaseConfigError(`The SQLite database ${path} does not exist: run \`${MIGRATE}\` to create it.`);
  }
  if (!migrations) return;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    const applied = hasTable
      ? (db.prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { name: string }[]).map((row) => row.name)
      : null;
    behind(applied, "sqlite", url);
  } finally {
    db.close();
  }
}

/** Throws a DatabaseConfigError naming the problem. `migrations: false` checks only that the
 * database can be reached (before `prisma migrate deploy` itself). */
export async function checkDatabase(options: { migrations?: boolean } = {}): Promise<void> {
  const url = databaseUrl();
  const migrations = options.migrations ?? true;
  if (databaseKind(url) === "postgres") await checkPostgres(url, migrations);
  else checkSqlite(url, migrations);
}

/** For the app's start and every script: on a problem, print its one line and exit. */
export async function checkDatabaseOrExit(options: { migrations?: boolean } = {}): Promise<void> {
  try {
    await checkDatabase(options);
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error;
    console.error(`Database: ${error.message}`);
    process.exit(1);
  }
}
