// The one Prisma client of the process. Only lib/ imports it; pages and components never do.
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client, as handed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const BUSY_TIMEOUT_MS = 5_000;

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./prisma/dev.db";
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

function createClient(): PrismaClient {
  const url = databaseUrl();
  const path = sqliteFilePath(url);
  // WAL lets readers run while a writer commits; the mode is stored in the file, so setting it
  // once per process is enough. The busy timeout makes concurrent writers wait, not fail.
  const setup = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient };

/** The shared client, created on first use so tests and scripts can set DATABASE_URL first. */
export function getDb(): PrismaClient {
  globalForDb.__db ??= createClient();
  return globalForDb.__db;
}
