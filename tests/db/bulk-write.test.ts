// Integration: multi-row updates by id write each row's own columns and leave the rest alone,
// across statement boundaries (50 rows per UPDATE).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertRowsReturningIds, updateRowsById } from "@/lib/db/bulk-write";

describe("updateRowsById", () => {
  it("updates 450 rows, each with its own columns, in statements of 50", async () => {
    const db = getDb();
    const at = new Date("2026-11-24T12:00:00Z");
    const rows = Array.from({ length: 450 }, (_, i) => [`Bulk ${i}`, `bulk ${i}`, `bulkwrite-${i}`, "trial", "import", "Oslo", at, at]);
    const ids = await db.$transaction((tx) =>
      insertRowsReturningIds(tx, "Customer", ["name", "nameSort", "searchText", "status", "origin", "city", "createdAt", "updatedAt"], rows, "searchText"),
    );

    const later = new Date("2026-11-25T08:30:00Z");
    // Even rows change their city, rows divisible by three their status and trial end; the rest nothing.
    const updates = ids.flatMap((id, i) => {
      const values: Record<string, string | Date> = {};
      if (i % 2 === 0) values.city = `City ${i}`;
      if (i % 3 === 0) Object.assign(values, { status: "paying", trialEndsAt: later });
      return Object.keys(values).length ? [{ id, values }] : [];
    });
    await db.$transaction((tx) => updateRowsById(tx, "Customer", updates));

    const stored = await db.customer.findMany({ where: { id: { in: ids } }, select: { id: true, city: true, status: true, trialEndsAt: true, name: true } });
    const byId = new Map(stored.map((row) => [row.id, row]));
    ids.forEach((id, i) => {
      expect(byId.get(id)).toEqual({
        id,
        name: `Bulk ${i}`,
        city: i % 2 === 0 ? `City ${i}` : "Oslo",
        status: i % 3 === 0 ? "paying" : "trial",
        trialEndsAt: i % 3 === 0 ? later : null,
      });
    });
  });
});
