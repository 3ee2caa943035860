// The one Prisma client of the process. Only lib/ imports it; pages and components never do.
// SQLite or PostgreSQL by DATABASE_URL's scheme (lib/db/database-url.ts, docs/decisions/018).
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../../generated/prisma-pg/client";
import { databaseKind, databaseUrl } from "./database-url";
import { pgPoolConfig } from "./pg-types";

export { databaseKind, databaseUrl, isPostgres } from "./database-url";

export type Db = PrismaClient;
/** A transaction client, as handed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const BUSY_TIMEOUT_MS = 5_000;
/** Every interactive transaction's bounds, set here instead of Prisma's defaults (wait 2 s for a
 * connection, 5 s to finish). A user action's transaction is a handful of short statements, but
 * under load its process gets little CPU between them, and on PostgreSQL 50 users share each
 * instance's pool: the load test's edits failed at 5 s while their statements took milliseconds
 * (docs/benchmarks.md, issue 13 item 6). A save that ends late beats one that fails; one that
 * holds its transaction longer than this is a bug, and still fails. */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
/** Connections per process on PostgreSQL; N instances hold N times this many. */
export const PG_POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE) || 10;

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

function createSqliteClient(url: string): PrismaClient {
  const path = sqliteFilePath(url);
  // WAL lets readers run while a writer commits; the mode is stored in the file, so setting it
  // once per process is enough. The busy timeout makes concurrent writers wait, not fail.
  const setup = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPg(pgPoolConfig(url, { max: PG_POOL_SIZE }));
  // The PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma), so
  // its API is the SQLite client's; the cast only joins the two generated type trees.
  return new PgPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
}

function createClient(): PrismaClient {
  const url = databaseUrl();
  return databaseKind(url) === "postgres" ? createPostgresClient(url) : createSqliteClient(url);
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient };

/** The shared client, created on first use so tests and scripts can set DATABASE_URL first. */
export function getDb(): PrismaClient {
  globalForDb.__db ??= createClient();
  return globalForDb.__db;
}
