// Integration: a user action's transaction is not cut off at Prisma's default 5 s when its process
// is slow between statements (the load test's edits under a busy CPU), and its write commits.
import { describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { getDb, TRANSACTION_OPTIONS } from "@/lib/db/client";

describe("interactive transactions", () => {
  it(
    "commit when the action spends longer than Prisma's default 5 s between its statements",
    async () => {
      const db = getDb();
      const customer = await db.customer.create({ data: { name: "Slow Save", nameSort: "slow save", searchText: "slow save", status: "trial", origin: "manage" } });
      const gapMs = 5_500;
      expect(TRANSACTION_OPTIONS.timeout).toBeGreaterThan(gapMs + 2_000);
      await db.$transaction(async (tx) => {
        await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
        await sleep(gapMs);
        await tx.customer.update({ where: { id: customer.id }, data: { city: "Bergen" } });
      });
      expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).city).toBe("Bergen");
    },
    30_000,
  );
});
