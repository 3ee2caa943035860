// Integration: who may call the API. Tokens are checked on every request, scopes on every write.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { hashApiToken } from "@/lib/api-tokens/token";
import { touchApiToken } from "@/lib/api-tokens/queries";
import { GET as listCustomers, POST as createCustomer } from "@/app/api/v1/customers/route";
import { POST as bulkCreate } from "@/app/api/v1/customers/bulk/route";
import { PATCH as updateCustomer } from "@/app/api/v1/customers/[id]/route";
import { POST as archiveCustomer } from "@/app/api/v1/customers/[id]/archive/route";
import { createStaffActor } from "../helpers/factories";
import { apiRequest, createToken, idParams, noParams } from "./helpers";

let readToken: string;
let writeToken: string;
beforeAll(async () => {
  readToken = (await createToken("read")).token;
  writeToken = (await createToken("read_write")).token;
});

describe("authentication", () => {
  it("answers 401 with WWW-Authenticate without a token", async () => {
    const response = await listCustomers(apiRequest("/customers"), noParams);
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it("answers 401 to an unknown token and to a non-bearer scheme", async () => {
    const unknown = await listCustomers(apiRequest("/customers", { token: "cc_not-a-real-token" }), noParams);
    expect(unknown.status).toBe(401);
    const basic = await listCustomers(
      new Request("http://localhost/api/v1/customers", { headers: { Authorization: `Basic ${readToken}` } }),
      noParams,
    );
    expect(basic.status).toBe(401);
  });

  it("answers 401 once the token is revoked", async () => {
    const created = await createToken("read_write", "soon revoked");
    expect((await listCustomers(apiRequest("/customers", { token: created.token }), noParams)).status).toBe(200);
    const admin = await createStaffActor("ADMIN");
    await revokeApiToken(admin, created.id);
    const response = await listCustomers(apiRequest("/customers", { token: created.token }), noParams);
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/revoked/);
  });

  it("answers 401 before looking at the body", async () => {
    const response = await createCustomer(apiRequest("/customers", { rawBody: "{not json" }), noParams);
    expect(response.status).toBe(401);
  });
});

describe("scopes", () => {
  it("lets a read token list customers", async () => {
    const response = await listCustomers(apiRequest("/customers", { token: readToken }), noParams);
    expect(response.status).toBe(200);
  });

  it("refuses every write to a read token with 403 and writes nothing", async () => {
    const customersBefore = await getDb().customer.count();
    const existing = await getDb().customer.create({ data: { name: "Untouched", nameSort: "untouched", searchText: "untouched" } });
    const responses = [
      await createCustomer(apiRequest("/customers", { token: readToken, body: { name: "Nope" } }), noParams),
      await bulkCreate(apiRequest("/customers/bulk", { token: readToken, body: { customers: [{ name: "Nope" }] } }), noParams),
      await updateCustomer(apiRequest(`/customers/${existing.id}`, { token: readToken, method: "PATCH", body: { name: "Changed" } }), idParams(existing.id)),
      await archiveCustomer(apiRequest(`/customers/${existing.id}/archive`, { token: readToken, method: "POST" }), idParams(existing.id)),
    ];
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
    expect(await getDb().customer.count()).toBe(customersBefore + 1);
    expect(await getDb().customer.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Untouched", archivedAt: null });
  });

  it("lets a read-write token create", async () => {
    const response = await createCustomer(apiRequest("/customers", { token: writeToken, body: { name: "Allowed" } }), noParams);
    expect(response.status).toBe(201);
  });
});

describe("last used time", () => {
  it("is set by a request, and written at most once a minute", async () => {
    const created = await createToken("read", "usage");
    const stored = () => getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect((await stored()).lastUsedAt).toBeNull();

    await listCustomers(apiRequest("/customers", { token: created.token }), noParams);
    const first = (await stored()).lastUsedAt;
    expect(first).toBeInstanceOf(Date);

    const active = { id: created.id, name: created.name, scope: "read" as const, lastUsedAt: first };
    await touchApiToken(active, new Date(first!.getTime() + 30_000));
    expect((await stored()).lastUsedAt).toEqual(first);
    const later = new Date(first!.getTime() + 61_000);
    await touchApiToken(active, later);
    expect((await stored()).lastUsedAt).toEqual(later);
  });
});

describe("token storage", () => {
  it("stores only the SHA-256 of the token and a short display prefix", async () => {
    const created = await createToken("read", "stored");
    expect(created.token).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.prefix).toBe(created.token.slice(0, 11));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const audit = await getDb().auditLog.findMany({ where: { entityType: "api_token", entityId: String(created.id) } });
    expect(audit.map((a) => a.action)).toEqual(["api_token.created"]);
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });
});
