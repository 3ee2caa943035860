// The start-up check of DATABASE_URL (lib/db/preflight.ts): each bad configuration is refused
// with one line naming the problem and, where it applies, the command to run.
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { databaseKind, DatabaseConfigError } from "@/lib/db/database-url";
import { checkDatabase } from "@/lib/db/preflight";

const original = process.env.DATABASE_URL;
afterEach(() => {
  process.env.DATABASE_URL = original;
});

async function problem(url: string): Promise<string> {
  process.env.DATABASE_URL = url;
  const error = await checkDatabase().then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatabaseConfigError);
  const message = (error as Error).message;
  expect(message).not.toContain("\n");
  return message;
}

describe("databaseKind", () => {
  it("decides by the scheme alone", () => {
    expect(databaseKind("file:./prisma/dev.db")).toBe("sqlite");
    expect(databaseKind("postgresql://u:p@db:5432/console")).toBe("postgres");
    expect(databaseKind("postgres://u:p@db/console")).toBe("postgres");
    expect(() => databaseKind("mysql://u@db/console")).toThrow('unknown scheme "mysql:"');
    expect(() => databaseKind("prisma/dev.db")).toThrow("is not a URL");
  });
});

describe("checkDatabase", () => {
  it("names an unknown scheme", async () => {
    expect(await problem("mysql://root@127.0.0.1/console")).toMatch(/unknown scheme "mysql:".*postgresql:\/\//);
  });

  it("names an unreachable PostgreSQL server", async () => {
    expect(await problem("postgresql://someone:secret@127.0.0.1:1/console")).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
  });

  it("names a missing SQLite file and the command that creates it", async () => {
    expect(await problem("file:./tmp/no-such-database.db")).toContain("run `npx prisma migrate deploy`");
  });

  it("names a database behind on migrations and the command to run", async () => {
    const path = `tmp/behind-${process.pid}.db`;
    new Database(path).close();
    try {
      expect(await problem(`file:./${path}`)).toMatch(/behind on migrations \(\d+ not applied, the first 20261124000000_init\): run `npx prisma migrate deploy`/);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it("passes a migrated database", async () => {
    await expect(checkDatabase()).resolves.toBeUndefined();
  });
});
