// Builds one migrated template database per run; each test file then starts from a copy of it.
// SQLite by default; on PostgreSQL when DATABASE_URL is a postgresql:// URL (the server to use;
// see tests/setup/pg-databases.ts and scripts/test.sh).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { isPostgres } from "../../lib/db/database-url";
import { dropDatabase, PG_TEMPLATE_DB, recreateDatabase } from "./pg-databases";

export const TEMPLATE_PATH = "tmp/test-template.db";

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export default async function globalSetup() {
  mkdirSync("tmp", { recursive: true });
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && isPostgres(serverUrl)) {
    // The workers read the server from here: each one points DATABASE_URL at its own database.
    process.env.TEST_PG_SERVER_URL = serverUrl;
    migrate(await recreateDatabase(serverUrl, PG_TEMPLATE_DB));
    return async () => dropDatabase(serverUrl, PG_TEMPLATE_DB);
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${TEMPLATE_PATH}${suffix}`, { force: true });
  migrate(`file:./${TEMPLATE_PATH}`);
}
