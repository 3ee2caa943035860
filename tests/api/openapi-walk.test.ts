// Integration: every route and method the OpenAPI document lists, read from the document at test
// time and called as Next calls the handlers, on a real database. For each operation a valid
// request succeeds with a documented 2xx whose body matches the documented schema; every
// constrained parameter, header and body field given a value the document refuses is refused with
// a documented status and the error shape, naming the field, and nothing is written; a route file
// exports exactly the documented methods, so Next answers every other method 405.
import { beforeAll, describe, expect, it } from "vitest";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods";
import { HTTP_METHODS } from "next/dist/server/web/http";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";
import { getDb } from "@/lib/db/client";
import { createStaffActor } from "../helpers/factories";
import { SchemaReader } from "./json-schema-check";
import { apiRequest, createToken, ifMatchCurrent } from "./helpers";

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: "path" | "query" | "header"; required?: boolean; description?: string; schema: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { required?: boolean; content: { "application/json": { schema: Schema } } }; responses: Record<string, { content?: { "application/json": { schema: Schema } } }> };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const document = JSON.parse(await openApiJson().text());
const reader = new SchemaReader(document);
const API_DIR = "app/api/v1";

// Every route module under app/api/v1, by the OpenAPI path it serves ("[id]" is "{id}").
const modules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts", { eager: true });
const routeOf = (path: string) => modules[`/${API_DIR}${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`];

const operations: { path: string; method: string; operation: Operation }[] = Object.entries(document.paths as Record<string, Record<string, Operation>>)
  .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })));

let write: string;
let references: Record<string, number>;
beforeAll(async () => {
  write = (await createToken("read_write", "walk")).token;
  const partner = await getDb().partner.create({ data: { name: "Walk Partner" } });
  const manager = await createStaffActor("ACCOUNT_MANAGER");
  // Ids the document says must exist ("an existing record"): the valid body names real ones.
  references = { partnerId: partner.id, accountManagerId: manager.id! };
});

async function newCustomer(): Promise<number> {
  const name = `Walk ${Math.random().toString(36).slice(2)}`;
  return (await getDb().customer.create({ data: { name, nameSort: name.toLowerCase(), searchText: name.toLowerCase() } })).id;
}

const bodySchemaOf = (operation: Operation) => operation.requestBody?.content["application/json"].schema;
const documentedStatuses = (operation: Operation) => Object.keys(operation.responses);

type Call = { path: Record<string, string>; query: Record<string, unknown>; headers: Record<string, string>; body?: unknown };

/** A request the document allows, against a fresh customer. */
async function validCall(path: string, operation: Operation): Promise<Call> {
  const call: Call = { path: {}, query: {}, headers: {} };
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === "path") call.path[parameter.name] = String(await newCustomer());
  }
  for (const parameter of operation.parameters ?? []) {
    // The one value no schema can know: the ETag of the customer's current version.
    if (parameter.in === "header" && parameter.name === "If-Match") call.headers["If-Match"] = (await ifMatchCurrent(Number(call.path.id)))["If-Match"];
  }
  const bodySchema = bodySchemaOf(operation);
  if (bodySchema) {
    const body = reader.valid(bodySchema) as Record<string, unknown>;
    for (const [name, id] of Object.entries(references)) if (name in body) body[name] = id;
    if (path === "/customers/bulk") (body.customers as Record<string, unknown>[]).forEach((item) => Object.assign(item, references));
    call.body = body;
  }
  return call;
}

async function send(path: string, method: string, call: Call): Promise<Response> {
  const handler = routeOf(path)?.[method] as Handler | undefined;
  if (!handler) throw new Error(`${method} ${path} is documented but the route does not export it`);
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.path[name]));
  const query = new URLSearchParams(Object.entries(call.query).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  const request = apiRequest(`${url}${query.size ? `?${query}` : ""}`, { token: write, method, headers: call.headers, ...(call.body !== undefined ? { body: call.body } : {}) });
  return handler(request, { params: Promise.resolve(call.path) });
}

/** The answer is a documented status, its body matches the documented schema, and a refusal names `field`. */
async function expectDocumented(response: Response, operation: Operation, label: string, expected: { status?: number; field?: string } = {}) {
  const status = String(response.status);
  expect(documentedStatuses(operation), `${label}: status ${status} is documented`).toContain(status);
  if (expected.status) expect(response.status, `${label}: ${await response.clone().text()}`.slice(0, 600)).toBe(expected.status);
  const schema = operation.responses[status].content?.["application/json"].schema;
  const body = schema ? await response.json() : null;
  if (schema) expect(reader.violation(body, schema), `${label}: the body matches the documented schema`).toBeNull();
  if (expected.field) {
    const fields = Object.keys(body.error.fieldErrors ?? {});
    expect(fields.some((key) => key === expected.field || key.startsWith(`${expected.field}.`)), `${label}: names ${expected.field} in ${fields}`).toBe(true);
  }
  return body;
}

const auditRows = () => getDb().auditLog.count();

describe("the OpenAPI document and the routes", () => {
  it("documents every route file under app/api/v1 (but the document itself)", () => {
    const files = Object.keys(modules).map((file) => file.slice(`/${API_DIR}`.length, -"/route.ts".length).replace(/\[(\w+)\]/g, "{$1}"));
    expect(files.filter((path) => path !== "/openapi.json").sort()).toEqual(Object.keys(document.paths).sort());
  });

  it("has each route export exactly its documented methods; Next answers every other method 405", async () => {
    for (const path of Object.keys(document.paths)) {
      const route = routeOf(path);
      const documented = Object.keys(document.paths[path]).map((m) => m.toUpperCase()).sort();
      expect(HTTP_METHODS.filter((method) => method in route).sort(), path).toEqual(documented);
      const methods = autoImplementMethods(route as Parameters<typeof autoImplementMethods>[0]) as unknown as Record<string, Handler>;
      for (const method of HTTP_METHODS.filter((m) => !documented.includes(m) && m !== "HEAD" && m !== "OPTIONS")) {
        const response = await methods[method](apiRequest(path.replace("{id}", "1"), { token: write, method }), { params: Promise.resolve({ id: "1" }) });
        expect(response.status, `${method} ${path}`).toBe(405);
      }
    }
  });
});

describe.each(operations)("$method $path", ({ path, method, operation }) => {
  it("answers a valid request with a documented 2xx and body", async () => {
    const response = await send(path, method, await validCall(path, operation));
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    await expectDocumented(response, operation, "valid request");
  });

  it("refuses each value the document refuses, with the documented status and error shape, writing nothing", async () => {
    const base = await validCall(path, operation);
    const before = await auditRows();
    let refusals = 0;
    const refused = async (call: Call, label: string, status: number, field?: string) => {
      await expectDocumented(await send(path, method, call), operation, label, { status, field });
      refusals += 1;
    };

    for (const parameter of operation.parameters ?? []) {
      const strict = !/falls back to the default/.test(parameter.description ?? "");
      for (const { rule, value } of reader.invalid(parameter.schema)) {
        if (typeof value === "object" && value !== null && parameter.in !== "query") continue; // a path or header is text
        const label = `${parameter.in} ${parameter.name} = ${JSON.stringify(value).slice(0, 40)} (${rule})`;
        if (parameter.in === "path") await refused({ ...base, path: { ...base.path, [parameter.name]: String(value) } }, label, 404);
        else if (parameter.in === "header") await refused({ ...base, headers: { ...base.headers, [parameter.name]: String(value) } }, label, 400, parameter.name);
        else if (strict) await refused({ ...base, query: { ...base.query, [parameter.name]: value } }, label, 400, parameter.name);
        else {
          // Documented as lenient: the console's filters fall back to their defaults.
          const response = await send(path, method, { ...base, query: { ...base.query, [parameter.name]: value } });
          expect(response.status, label).toBe(200);
        }
      }
      if (parameter.in === "header" && parameter.required) {
        const { [parameter.name]: _omitted, ...headers } = base.headers;
        await refused({ ...base, headers }, `header ${parameter.name} missing`, 428);
      }
      if (parameter.in === "header" && parameter.name === "If-Match") {
        // A well-formed tag of an older version: someone else saved in between.
        await getDb().customer.update({ where: { id: Number(base.path.id) }, data: { version: { increment: 1 } } });
        await refused(base, "stale If-Match", 412);
        base.headers = await ifMatchCurrent(Number(base.path.id));
      }
    }

    const bodySchema = bodySchemaOf(operation);
    if (bodySchema) {
      const schema = reader.resolve(bodySchema);
      const body = base.body as Record<string, unknown>;
      await refused({ ...base, body: "not an object" }, "body not an object", 400);
      for (const name of (schema.required ?? []) as string[]) {
        const { [name]: _omitted, ...rest } = body;
        await refused({ ...base, body: rest }, `body without ${name}`, 400, name);
      }
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        for (const { rule, value } of reader.invalid(property, { deep: path !== "/customers/bulk" })) {
          await refused({ ...base, body: { ...body, [name]: value } }, `body ${name} = ${JSON.stringify(value).slice(0, 40)} (${rule})`, 400, name);
        }
      }
    }

    if (bodySchema) {
      // Over the documented limit, streamed without a Content-Length: refused while it streams.
      const limit = Number(/at most (\d+) bytes/.exec(document.info.description)![1]);
      const chunk = new Uint8Array(1024 * 1024).fill(0x20);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > limit) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const url = `http://localhost/api/v1${path.replace(/\{(\w+)\}/g, (_, name: string) => base.path[name])}`;
      const request = new Request(url, { method, body, headers: { ...base.headers, Authorization: `Bearer ${write}`, "Content-Type": "application/json" }, duplex: "half" } as RequestInit);
      const handler = routeOf(path)[method] as Handler;
      await expectDocumented(await handler(request, { params: Promise.resolve(base.path) }), operation, "body over the limit", { status: 413 });
      refusals += 1;
    }

    if (operation.parameters?.length || bodySchema) expect(refusals, "something was tried").toBeGreaterThan(0);
    expect(await auditRows(), "nothing written").toBe(before);
  });
});

describe("rules the document states in words", () => {
  const customerPost = document.paths["/customers"].post as Operation;
  it("refuses an organisation number with a wrong MOD11 check digit, and stores a valid one without spaces", async () => {
    const description = reader.resolve(document.components.schemas.CustomerInput).properties as Record<string, Schema>;
    expect(JSON.stringify(description.organisationNumber)).toMatch(/MOD11/);
    const bad = await send("/customers", "POST", { path: {}, query: {}, headers: {}, body: { name: "Mod Eleven", organisationNumber: "923 609 017" } });
    await expectDocumented(bad, customerPost, "wrong check digit", { status: 400, field: "organisationNumber" });
    const good = await send("/customers", "POST", { path: {}, query: {}, headers: {}, body: { name: "Mod Eleven", organisationNumber: " 923 609 016 " } });
    expect((await expectDocumented(good, customerPost, "valid number", { status: 201 })).organisationNumber).toBe("923609016");
  });

  it("takes only cursors it issued: a page's nextCursor works, an edited one or one from another sort is refused", async () => {
    const list = document.paths["/customers"].get as Operation;
    expect(list.parameters!.find((p) => p.name === "cursor")!.description).toMatch(/Opaque/);
    await newCustomer();
    await newCustomer();
    const first = await expectDocumented(await send("/customers", "GET", { path: {}, query: { limit: "1" }, headers: {} }), list, "first page", { status: 200 });
    expect(first.nextCursor).toEqual(expect.any(String));
    await expectDocumented(await send("/customers", "GET", { path: {}, query: { limit: "1", cursor: first.nextCursor }, headers: {} }), list, "next page", { status: 200 });
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(first.nextCursor, "base64url").toString()), id: "1" })).toString("base64url");
    await expectDocumented(await send("/customers", "GET", { path: {}, query: { limit: "1", cursor: edited }, headers: {} }), list, "edited cursor", { status: 400, field: "cursor" });
    await expectDocumented(await send("/customers", "GET", { path: {}, query: { limit: "1", cursor: first.nextCursor, sort: "id" }, headers: {} }), list, "other sort", { status: 400, field: "cursor" });
  });

  it("takes a string at its documented maximum length (ASCII), so a generated client is not refused", async () => {
    const input = reader.resolve(document.components.schemas.CustomerInput).properties as Record<string, Schema>;
    const body: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(input)) {
      const text = ((property.anyOf as Schema[] | undefined) ?? [property]).find((branch) => branch.type === "string" && typeof branch.maxLength === "number" && !branch.enum);
      const value = text ? "m".repeat(text.maxLength as number) : null;
      if (value && reader.violation(value, property) === null) body[name] = value;
    }
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["name", "city", "notes", "externalId"]));
    const response = await send("/customers", "POST", { path: {}, query: {}, headers: {}, body });
    await expectDocumented(response, customerPost, "maximum lengths", { status: 201 });
  });
});
