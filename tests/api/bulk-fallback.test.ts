// Integration: when the batch write fails as a whole (a database error), bulk create falls back to
// creating the items one by one, so the good ones still land and each result says what happened.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { POST as bulkCreate } from "@/app/api/v1/customers/bulk/route";
import { apiRequest, createToken, noParams } from "./helpers";

vi.mock("@/lib/customers/create-many", () => ({
  createCustomersInBatch: vi.fn().mockRejectedValue(new Error("SQLITE_IOERR: disk I/O error")),
}));

let token: string;
beforeAll(async () => {
  ({ token } = await createToken("read_write", "fallback loader"));
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("POST /customers/bulk when the batch write fails", () => {
  it("creates each valid item on its own, with its audit row", async () => {
    const before = await getDb().customer.count();
    const response = await bulkCreate(
      apiRequest("/customers/bulk", { token, body: { customers: [{ name: "Alone One" }, { name: "" }, { name: "Alone Two", tags: ["x"] }] } }),
      noParams,
    );
    const json = await response.json();
    expect(response.status).toBe(200);
    expect(json.results.map((r: { index: number; ok: boolean }) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(await getDb().customer.count()).toBe(before + 2);
    const ids = json.results.filter((r: { ok: boolean }) => r.ok).map((r: { id: number }) => r.id);
    const created = await getDb().customer.findMany({ where: { id: { in: ids } }, select: { name: true, origin: true }, orderBy: { id: "asc" } });
    expect(created).toEqual([
      { name: "Alone One", origin: "api" },
      { name: "Alone Two", origin: "api" },
    ]);
    expect(await getDb().auditLog.count({ where: { customerId: { in: ids }, action: "customer.created" } })).toBe(2);
  });
});
