// The OpenAPI 3.1 document of /api/v1: schemas generated from the same zod schemas the API
// validates with (so the two cannot drift), paths written here.
import { z } from "zod";
import { customerListQuerySchema } from "../customers/schema";
import { BULK_MAX_ITEMS } from "./bulk-create";
import { apiCustomerInputSchema, apiCustomerUpdateSchema } from "./customer-input";
import { customerJsonSchema } from "./customer-json";
import { apiPagingSchema } from "./customer-page";
import { MAX_BODY_BYTES } from "./request-body";
import { API_ERROR_CODES } from "./errors";
import { customerRecordPaths, customerRecordSchemas } from "./openapi-customer-records";

type JsonSchema = Record<string, unknown>;

/** A rule whose JSON Schema zod cannot derive (a union it normalizes, a transform) states what to
 * document in `.meta({ documentedAs })`: a subset of what it accepts, so a client generated from
 * the document is never refused for a value the document allows. */
function replaceDocumented(context: { jsonSchema: JsonSchema }) {
  const documented = context.jsonSchema.documentedAs as JsonSchema | undefined;
  if (!documented) return;
  for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
  Object.assign(context.jsonSchema, documented);
}

export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", override: replaceDocumented }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const errorResponse = (description: string) => ({ description, content: json(ref("Error")) });

const CURSOR_RULE =
  "Opaque: pass the nextCursor of the previous page as it is, with the same sort and dir. Any other value (made up, edited, or from another sort order) is refused with 400 invalid_request and fieldErrors.cursor.";

// The list page's own paging keys are replaced by the cursor parameters below.
const PAGE_ONLY_KEYS = new Set(["sort", "dir", "page", "pageSize"]);

function queryParameters() {
  const filters = Object.entries(customerListQuerySchema.shape)
    .filter(([name]) => !PAGE_ONLY_KEYS.has(name))
    .map(([name, schema]) => ({
      name,
      in: "query",
      required: false,
      description: "A console list filter; an unknown value falls back to the default, as in the console.",
      schema: jsonSchemaOf(schema as z.ZodType, "input"),
    }));
  const paging = Object.entries(apiPagingSchema.shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    ...(name === "cursor" ? { description: CURSOR_RULE } : {}),
    schema: jsonSchemaOf(schema, "input"),
  }));
  return [...filters, ...paging];
}

const idParameter = {
  name: "id", in: "path", required: true,
  description: "The customer's id; anything but a whole number from 1 to 2147483647 names no customer (404)",
  schema: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
};
// Optimistic concurrency (decision 029): the ETag is the customer's version, a strong tag like "3".
const etagHeader = { ETag: { description: 'The customer\'s version, a strong entity tag such as "3": send it back in If-Match to change the customer', schema: { type: "string", pattern: '^"[1-9][0-9]{0,9}"$' } } };
const ifMatchParameter = (required: boolean) => ({
  name: "If-Match",
  in: "header",
  required,
  description: required
    ? "The ETag of your last GET of this customer (one strong tag; *, W/ and lists are refused). A customer changed since answers 412 and nothing is written."
    : "Optional: the ETag of your last GET; when sent, a customer changed since answers 412 and nothing is written.",
  schema: { type: "string", pattern: '^"[1-9][0-9]{0,9}"$' },
});
const preconditionErrors = {
  "400": errorResponse("Malformed JSON (invalid_json), invalid fields (invalid_request, with fieldErrors) or a malformed If-Match"),
  "412": errorResponse("The customer changed since the ETag sent (precondition_failed): who changed it, when and which fields; GET it again"),
};
const authErrors = {
  "401": errorResponse("Missing, unknown or revoked token (with WWW-Authenticate: Bearer)"),
};
const writeErrors = {
  ...authErrors,
  "403": errorResponse("The token is read-only"),
  "400": errorResponse("Malformed JSON (invalid_json) or invalid fields (invalid_request, with fieldErrors)"),
};
// Every request body is counted while it streams (lib/api/request-body.ts).
const bodyErrors = {
  "413": errorResponse(`The body is larger than ${MAX_BODY_BYTES} bytes (payload_too_large); refused while it streams, nothing is written`),
};

const RULES = [
  "Authenticate with an API token an admin creates under Settings > API tokens: `Authorization: Bearer <token>`. Read tokens may call GET; read-write tokens may also write.",
  "Errors: every refusal is JSON `{ \"error\": { \"code\", \"message\", \"fieldErrors\"? } }` (schema Error); fieldErrors names each invalid body field, query parameter or header with its messages.",
  "Methods: a path answers only the methods listed here (and HEAD and OPTIONS as HTTP defines them); any other method answers 405 with no body, and TRACE, TRACK and CONNECT answer 405 with an Allow header.",
  `Bodies: JSON, at most ${MAX_BODY_BYTES} bytes, counted while the body streams (413). Unknown fields are ignored. Text is trimmed before it is stored. String lengths count UTF-16 code units, as JavaScript does: a character outside the Basic Multilingual Plane (an emoji) counts as two.`,
  "Money: amounts are minor units (cents) as decimal strings with their currency in responses; in requests a price is a decimal text such as \"49.50\".",
  "Versions: GET /customers/{id} answers an ETag; PATCH needs it back in If-Match (missing: 428, malformed: 400, stale: 412, nothing written).",
];

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Customer console API",
      version: "1",
      description: ["Customers of the console.", ...RULES.map((rule) => `- ${rule}`)].join("\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/customers": {
        get: {
          summary: "List customers, newest first, one cursor page at a time",
          parameters: queryParameters(),
          responses: { "200": { description: "A page of customers", content: json(ref("CustomerPage")) }, "400": errorResponse("Invalid paging parameter or cursor"), ...authErrors },
        },
        post: {
          summary: "Create a customer (origin api)",
          requestBody: { required: true, content: json(ref("CustomerInput")) },
          responses: { "201": { description: "The created customer", content: json(ref("Customer")) }, ...writeErrors, ...bodyErrors },
        },
      },
      "/customers/{id}": {
        get: {
          summary: "Get one customer",
          parameters: [idParameter],
          responses: { "200": { description: "The customer", headers: etagHeader, content: json(ref("Customer")) }, "404": errorResponse("No such customer"), ...authErrors },
        },
        patch: {
          summary: "Update the fields sent; absent fields stay as they are. Requires If-Match with the customer's ETag",
          parameters: [idParameter, ifMatchParameter(true)],
          requestBody: { required: true, content: json(ref("CustomerUpdate")) },
          responses: {
            "200": { description: "The updated customer, with its new ETag", headers: etagHeader, content: json(ref("Customer")) },
            "404": errorResponse("No such customer"),
            ...writeErrors,
            ...preconditionErrors,
            ...bodyErrors,
            "428": errorResponse("If-Match is missing (precondition_required); nothing is written"),
          },
        },
      },
      "/customers/{id}/archive": {
        post: {
          summary: "Archive a customer (it leaves the default list; nothing is deleted)",
          parameters: [idParameter, ifMatchParameter(false)],
          responses: {
            "200": { description: "The archived customer, with its new ETag", headers: etagHeader, content: json(ref("Customer")) },
            ...preconditionErrors,
            "404": errorResponse("No such customer"),
            "409": errorResponse("Already archived"),
            ...authErrors,
            "403": errorResponse("The token is read-only"),
          },
        },
      },
      "/customers/bulk": {
        post: {
          summary: `Create up to ${BULK_MAX_ITEMS} customers; each item succeeds or fails on its own, so read the per-item results`,
          requestBody: { required: true, content: json(ref("BulkCreateRequest")) },
          responses: { "200": { description: "One result per item, in request order", content: json(ref("BulkCreateResult")) }, ...writeErrors, ...bodyErrors },
        },
      },
      ...customerRecordPaths({ idParameter, authErrors, writeErrors: { ...writeErrors, ...bodyErrors } }),
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (cc_...)" } },
      schemas: {
        Customer: jsonSchemaOf(customerJsonSchema, "output"),
        CustomerInput: jsonSchemaOf(apiCustomerInputSchema, "input"),
        CustomerUpdate: jsonSchemaOf(apiCustomerUpdateSchema, "input"),
        CustomerPage: {
          type: "object",
          required: ["data", "nextCursor"],
          properties: { data: { type: "array", items: ref("Customer") }, nextCursor: { type: ["string", "null"], description: "Pass as cursor for the next page; null on the last page" } },
        },
        BulkCreateRequest: {
          type: "object",
          required: ["customers"],
          properties: { customers: { type: "array", minItems: 1, maxItems: BULK_MAX_ITEMS, items: ref("CustomerInput") } },
        },
        BulkCreateResult: {
          type: "object",
          required: ["created", "failed", "results"],
          properties: {
            created: { type: "integer" },
            failed: { type: "integer" },
            results: {
              type: "array",
              items: {
                type: "object",
                required: ["index", "ok"],
                properties: { index: { type: "integer" }, ok: { type: "boolean" }, id: { type: "integer" }, error: ref("ErrorDetail") },
              },
            },
          },
        },
        ErrorDetail: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: { type: "string", enum: [...API_ERROR_CODES] },
            message: { type: "string" },
            fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
        },
        Error: { type: "object", required: ["error"], properties: { error: ref("ErrorDetail") } },
        ...customerRecordSchemas(),
      },
    },
  };
}
