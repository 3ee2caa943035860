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
  const adapter = new WriteLockingSqlite({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

/** A statement that changes nothing but takes SQLite's write lock, waiting up to the busy timeout
 * for it. Every table it could name exists in a migrated database. */
const TAKE_WRITE_LOCK = 'UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0';

/** The SQLite adapter, with every transaction taking the write lock first (what `BEGIN IMMEDIATE`
 * does; the adapter always sends a plain `BEGIN`). Every transaction the console runs writes. With
 * a deferred BEGIN, a transaction that reads, then writes after another process (the second
 * instance of `npm start`) committed, fails at once with SQLITE_BUSY_SNAPSHOT: the busy timeout
 * cannot help it, and the user's save answered 500 (the load test, docs/benchmarks.md, stop 14).
 * Taken first, the lock makes the two saves wait for each other instead. */
class WriteLockingSqlite extends PrismaBetterSQLite3 {
  override async connect(): ReturnType<PrismaBetterSQLite3["connect"]> {
    const adapter = await super.connect();
    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await begin(isolationLevel);
      try {
        await tx.executeRaw({ sql: TAKE_WRITE_LOCK, args: [], argTypes: [] });
      } catch (error) {
        await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      return tx;
    };
    return adapter;
  }
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
