// Gives every test file its own real database, copied from the migrated template: a SQLite file,
// or on PostgreSQL a database of its own (tests/setup/pg-databases.ts).
import { copyFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { getDb } from "@/lib/db/client";
import { dropDatabase, PG_TEMPLATE_DB, recreateDatabase } from "./pg-databases";

const pgServer = process.env.TEST_PG_SERVER_URL;
const id = randomUUID();
const path = `tmp/test-${id}.db`;
const pgName = `test_${id.replace(/-/g, "")}`;

if (pgServer) {
  process.env.DATABASE_URL = await recreateDatabase(pgServer, pgName, PG_TEMPLATE_DB);
} else {
  copyFileSync("tmp/test-template.db", path);
  process.env.DATABASE_URL = `file:./${path}`;
}
delete (globalThis as { __db?: unknown }).__db;

afterAll(async () => {
  await getDb().$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  if (pgServer) await dropDatabase(pgServer, pgName);
  else for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
});
