// Integration: the customer endpoints, called as Next calls them, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { GET as listCustomers, POST as createCustomer } from "@/app/api/v1/customers/route";
import { GET as getCustomer, PATCH as updateCustomer } from "@/app/api/v1/customers/[id]/route";
import { POST as archiveCustomer } from "@/app/api/v1/customers/[id]/archive/route";
import { apiRequest, createToken, idParams, ifMatchCurrent, noParams } from "./helpers";

let token: string;
let tokenLabel: string;
beforeAll(async () => {
  const created = await createToken("read_write", "crm sync");
  token = created.token;
  tokenLabel = `api-token:crm sync#${created.id}`;
});

async function create(body: unknown) {
  const response = await createCustomer(apiRequest("/customers", { token, body }), noParams);
  return { response, json: await response.json() };
}

describe("POST /customers", () => {
  it("creates a customer with origin api, audited under the token's name", async () => {
    const { response, json } = await create({ name: " Fjord Clinic ", country: "no", tags: ["dental", "vip"], billingEmail: "Billing@Fjord.example" });
    expect(response.status).toBe(201);
    expect(response.headers.get("Location")).toBe(`/api/v1/customers/${json.id}`);
    expect(json).toMatchObject({ name: "Fjord Clinic", origin: "api", status: "trial", country: "NO", tags: ["dental", "vip"], billingEmail: "billing@fjord.example", warnings: [], archivedAt: null });
    expect(json).not.toHaveProperty("searchText");
    expect(json).not.toHaveProperty("nameSort");

    const [audit] = await listCustomerAuditLog(json.id);
    expect(audit).toMatchObject({ action: "customer.created", actorLabel: tokenLabel });
    const row = await getDb().auditLog.findFirstOrThrow({ where: { customerId: json.id } });
    expect(row.actorId).toBeNull();
  });

  it("reports the warnings rules a new customer breaks", async () => {
    const { json } = await create({ name: "Paying Without Contract", status: "paying", billingEmail: "billing@example.com" });
    expect(json.warnings).toEqual(["paying_without_contract"]);
  });

  it("answers malformed JSON with 400 invalid_json and a message", async () => {
    const response = await createCustomer(apiRequest("/customers", { token, rawBody: '{"name": "Broken",' }), noParams);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_json");
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("answers invalid fields with 400 and every field's error, and creates nothing", async () => {
    const before = await getDb().customer.count();
    const { response, json } = await create({ name: "", country: "Norway", billingEmail: "nope", status: "gold" });
    expect(response.status).toBe(400);
    expect(json.error.code).toBe("invalid_request");
    expect(Object.keys(json.error.fieldErrors).sort()).toEqual(["billingEmail", "country", "name", "status"]);
    expect(json.error.fieldErrors.name).toEqual(["Name is required"]);
    expect(await getDb().customer.count()).toBe(before);
  });

  it("answers a body that is not an object with 400", async () => {
    const { response, json } = await create(["Acme"]);
    expect(response.status).toBe(400);
    expect(json.error.fieldErrors).toHaveProperty("body");
  });

  it("names a partner or account manager that does not exist as a field error", async () => {
    const { response, json } = await create({ name: "Ghost refs", partnerId: 987654, accountManagerId: 987655 });
    expect(response.status).toBe(400);
    expect(json.error.fieldErrors).toEqual({ partnerId: ["Partner 987654 does not exist"], accountManagerId: ["Account manager 987655 does not exist"] });
  });
});

describe("GET /customers/{id}", () => {
  it("returns the customer", async () => {
    const { json: created } = await create({ name: "Readable" });
    const response = await getCustomer(apiRequest(`/customers/${created.id}`, { token }), idParams(created.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(created);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    for (const id of ["99999999", "abc", "1.5", "-3"]) {
      const response = await getCustomer(apiRequest(`/customers/${id}`, { token }), idParams(id));
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});

describe("PATCH /customers/{id}", () => {
  it("changes only the fields sent, audited under the token", async () => {
    const { json: created } = await create({ name: "Before", city: "Oslo" });
    const response = await updateCustomer(
      apiRequest(`/customers/${created.id}`, { token, method: "PATCH", body: { name: "After", tags: "a, b" }, headers: await ifMatchCurrent(created.id) }),
      idParams(created.id),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: "After", city: "Oslo", tags: ["a", "b"], origin: "api" });
    const [latest] = await listCustomerAuditLog(created.id);
    expect(latest).toMatchObject({ action: "customer.updated", actorLabel: tokenLabel });
    expect(Object.keys(latest.changes).sort()).toEqual(["name", "tags"]);
  });

  it("answers 400 with field errors and leaves the customer unchanged", async () => {
    const { json: created } = await create({ name: "Stays" });
    const response = await updateCustomer(apiRequest(`/customers/${created.id}`, { token, method: "PATCH", body: { name: "  " }, headers: await ifMatchCurrent(created.id) }), idParams(created.id));
    expect(response.status).toBe(400);
    expect((await response.json()).error.fieldErrors.name).toEqual(["Name is required"]);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("Stays");
  });

  it("answers 404 for an unknown customer", async () => {
    const response = await updateCustomer(apiRequest("/customers/99999999", { token, method: "PATCH", body: { name: "X" }, headers: { "If-Match": '"1"' } }), idParams(99999999));
    expect(response.status).toBe(404);
  });
});

describe("POST /customers/{id}/archive", () => {
  it("archives once, then answers 409", async () => {
    const { json: created } = await create({ name: "To archive" });
    const first = await archiveCustomer(apiRequest(`/customers/${created.id}/archive`, { token, method: "POST" }), idParams(created.id));
    expect(first.status).toBe(200);
    expect((await first.json()).archivedAt).toEqual(expect.any(String));
    const [latest] = await listCustomerAuditLog(created.id);
    expect(latest).toMatchObject({ action: "customer.archived", actorLabel: tokenLabel });

    const second = await archiveCustomer(apiRequest(`/customers/${created.id}/archive`, { token, method: "POST" }), idParams(created.id));
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe("conflict");
  });
});

describe("GET /customers", () => {
  async function allPages(query: string, limit: number) {
    const ids: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const params = new URLSearchParams(query);
      params.set("limit", String(limit));
      if (cursor) params.set("cursor", cursor);
      const response = await listCustomers(apiRequest(`/customers?${params}`, { token }), noParams);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { id: number }[]; nextCursor: string | null };
      ids.push(...body.data.map((row) => row.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    return { ids, pages };
  }

  it("pages through every matching row exactly once, newest first, also when created in the same instant", async () => {
    // Rows sharing one createdAt are ordered by id, so no page boundary can skip or repeat one.
    const createdAt = new Date("2020-05-05T05:05:05.000Z");
    await getDb().customer.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ name: `Pager ${i}`, nameSort: `pager ${i}`, searchText: `pager ${i}`, origin: "signup", createdAt })),
    });
    const expected = (
      await getDb().customer.findMany({ where: { origin: "signup", archivedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })
    ).map((row) => row.id);
    expect(expected.length).toBeGreaterThanOrEqual(7);

    const { ids, pages } = await allPages("origin=signup", 3);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it("applies the console's filters: search, status, archived", async () => {
    const { json: paying } = await create({ name: "Filterable Zebra Paying", status: "paying" });
    const { json: archived } = await create({ name: "Filterable Zebra Archived" });
    await archiveCustomer(apiRequest(`/customers/${archived.id}/archive`, { token, method: "POST" }), idParams(archived.id));

    const active = await allPages("q=filterable zebra", 50);
    expect(active.ids).toEqual([paying.id]);
    const all = await allPages("q=filterable zebra&archived=all", 50);
    expect(all.ids.sort()).toEqual([paying.id, archived.id].sort());
    const trial = await allPages("q=filterable zebra&status=trial&archived=all", 50);
    expect(trial.ids).toEqual([archived.id]);
  });

  it("pages by id ascending with sort=id", async () => {
    const expected = (await getDb().customer.findMany({ where: { archivedAt: null }, orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
    const { ids } = await allPages("sort=id", 4);
    expect(ids).toEqual(expected);
  });

  it("answers a bad limit, a forged cursor or a cursor of another sort with 400", async () => {
    const bad = async (query: string) => {
      const response = await listCustomers(apiRequest(`/customers?${query}`, { token }), noParams);
      expect(response.status).toBe(400);
      return (await response.json()).error;
    };
    expect((await bad("limit=201")).fieldErrors).toHaveProperty("limit");
    expect((await bad("limit=0")).fieldErrors).toHaveProperty("limit");
    expect((await bad("cursor=garbage")).fieldErrors).toHaveProperty("cursor");
    const first = await listCustomers(apiRequest("/customers?limit=1", { token }), noParams);
    const { nextCursor } = await first.json();
    expect((await bad(`sort=id&cursor=${nextCursor}`)).message).toMatch(/another sort order/);
  });
});
