// Integration: bulk create keeps the valid items and names every invalid one.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { POST as bulkCreate } from "@/app/api/v1/customers/bulk/route";
import { apiRequest, createToken, noParams } from "./helpers";

let token: string;
let tokenId: number;
beforeAll(async () => {
  ({ token, id: tokenId } = await createToken("read_write", "bulk loader"));
});

async function post(body: unknown) {
  const response = await bulkCreate(apiRequest("/customers/bulk", { token, body }), noParams);
  return { response, json: await response.json() };
}

describe("POST /customers/bulk", () => {
  it("creates the 3 valid items of 5 and reports each item's outcome in order", async () => {
    const before = await getDb().customer.count();
    const { response, json } = await post({
      customers: [
        { name: "Bulk One", country: "SE" },
        { name: "", city: "Oslo" },
        { name: "Bulk Two", tags: ["imported"] },
        { name: "Bad Email", billingEmail: "not-an-email", partnerId: 5_000_000 },
        { name: "Bulk Three", status: "paying" },
      ],
    });
    expect(response.status).toBe(200);
    expect(json.created).toBe(3);
    expect(json.failed).toBe(2);
    expect(json.results.map((r: { index: number; ok: boolean }) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
      [4, true],
    ]);
    expect(json.results[1].error).toMatchObject({ code: "invalid_request", fieldErrors: { name: ["Name is required"] } });
    expect(json.results[3].error.fieldErrors).toHaveProperty("billingEmail");

    expect(await getDb().customer.count()).toBe(before + 3);
    const ids = json.results.filter((r: { ok: boolean }) => r.ok).map((r: { id: number }) => r.id);
    const created = await getDb().customer.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(created.map((c) => [c.name, c.origin])).toEqual([
      ["Bulk One", "api"],
      ["Bulk Two", "api"],
      ["Bulk Three", "api"],
    ]);
    expect(created[2].hasWarnings).toBe(true);
    const audit = await getDb().auditLog.findMany({ where: { customerId: { in: ids } } });
    expect(audit).toHaveLength(3);
    expect(new Set(audit.map((a) => a.actorLabel))).toEqual(new Set([`api-token:bulk loader#${tokenId}`]));
  });

  it("reports an unknown partner on the item that names it, after its other fields pass", async () => {
    const { json } = await post({ customers: [{ name: "Orphan", partnerId: 5_000_000 }, { name: "Fine" }] });
    expect(json.created).toBe(1);
    expect(json.results[0]).toEqual({
      index: 0,
      ok: false,
      error: { code: "invalid_request", message: "The customer has invalid fields.", fieldErrors: { partnerId: ["Partner 5000000 does not exist"] } },
    });
  });

  it("names a non-object item as a whole", async () => {
    const { json } = await post({ customers: ["just a name"] });
    expect(json.results[0].error.fieldErrors).toHaveProperty("customer");
  });

  it("refuses 1,001 items with 400 and creates none", async () => {
    const before = await getDb().customer.count();
    const customers = Array.from({ length: 1001 }, (_, i) => ({ name: `Too many ${i}` }));
    const { response, json } = await post({ customers });
    expect(response.status).toBe(400);
    expect(json.error.fieldErrors.customers).toEqual(["customers may hold at most 1000 customers per call"]);
    expect(await getDb().customer.count()).toBe(before);
  });

  it("refuses an empty list, a missing list and malformed JSON with 400", async () => {
    expect((await post({ customers: [] })).response.status).toBe(400);
    expect((await post({ name: "not a batch" })).json.error.fieldErrors).toHaveProperty("customers");
    const malformed = await bulkCreate(apiRequest("/customers/bulk", { token, rawBody: "[{" }), noParams);
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");
  });
});
