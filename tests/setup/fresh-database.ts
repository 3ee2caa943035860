// Gives every test file its own real SQLite database, copied from the migrated template.
import { copyFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { getDb } from "@/lib/db/client";

const path = `tmp/test-${randomUUID()}.db`;
copyFileSync("tmp/test-template.db", path);
process.env.DATABASE_URL = `file:./${path}`;
delete (globalThis as { __db?: unknown }).__db;

afterAll(async () => {
  await getDb().$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
});
