// Integration: two processes saving on one SQLite file (`npm start` runs two instances). A save that
// reads, then writes after the other process tried to commit, must wait for it and succeed, not fail
// with SQLITE_BUSY_SNAPSHOT. The other process is a real one: better-sqlite3 waits for a lock
// synchronously, so a second client in this process would block the first.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, databaseUrl, getDb, isPostgres, sqliteFilePath } from "@/lib/db/client";

function saveInOtherProcess(customerId: number) {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1], { timeout: ${BUSY_TIMEOUT_MS} });
    db.prepare('UPDATE "Customer" SET "city" = ? WHERE "id" = ?').run("Oslo", Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(databaseUrl()), String(customerId)], { stdio: "inherit" });
  return once(child, "exit").then(([code]) => code as number);
}

describe.skipIf(isPostgres())("SQLite transactions across processes", () => {
  it("a transaction that read before another process's save still writes, and so does the other", async () => {
    const db = getDb();
    const customer = await db.customer.create({ data: { name: "Two Saves", nameSort: "two saves", searchText: "two saves", status: "trial", origin: "manage" } });
    let otherSave: Promise<number> | undefined;
    await db.$transaction(async (tx) => {
      await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
      otherSave = saveInOtherProcess(customer.id);
      // Without the write lock the other process commits at once; with it, it waits for this one.
      await Promise.race([otherSave, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      await tx.customer.update({ where: { id: customer.id }, data: { notes: "first" } });
    });
    expect(await otherSave).toBe(0);
    const saved = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(saved.notes).toBe("first");
    expect(saved.city).toBe("Oslo");
  }, 20_000);
});
