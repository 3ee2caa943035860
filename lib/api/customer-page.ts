// The API's customer list: the console's filters (lib/customers/list-query.ts, the list's one
// query builder) with keyset ("cursor") pagination, so pages stay correct and fast while rows are
// added between calls.
import { z } from "zod";
import { getDb } from "../db/client";
import { keysetPageIds, type KeysetAfter } from "../customers/list-query";
import { parseCustomerListQuery } from "../customers/schema";
import { customerJsonInclude, toCustomerJson, type CustomerJson } from "./customer-json";
import { ApiError, invalidRequest } from "./errors";

export const API_SORTS = ["createdAt", "id"] as const;
export const API_MAX_LIMIT = 200;
export const API_DEFAULT_LIMIT = 50;

/** Paging parameters are strict (a bad one is a 400); the filters are the console's, which fall
 * back to their defaults exactly as the list page does. */
export const apiPagingSchema = z.object({
  limit: z.coerce
    .number({ error: `limit must be a whole number from 1 to ${API_MAX_LIMIT}` })
    .int(`limit must be a whole number from 1 to ${API_MAX_LIMIT}`)
    .min(1, `limit must be a whole number from 1 to ${API_MAX_LIMIT}`)
    .max(API_MAX_LIMIT, `limit must be a whole number from 1 to ${API_MAX_LIMIT}`)
    .default(API_DEFAULT_LIMIT),
  cursor: z.string().max(500, "cursor is not one this API issued").optional(),
  sort: z.enum(API_SORTS, { error: "sort must be createdAt or id" }).default("createdAt"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).optional(),
});

const cursorSchema = z.object({
  sort: z.enum(API_SORTS),
  dir: z.enum(["asc", "desc"]),
  id: z.number().int().positive(),
  createdAt: z.iso.datetime().optional(),
});
type Cursor = z.output<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

function decodeCursor(value: string, sort: Cursor["sort"], dir: Cursor["dir"]): Cursor {
  const invalid = (message: string) => new ApiError(400, "invalid_request", message, { cursor: [message] });
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalid("cursor is not one this API issued");
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || (parsed.data.sort === "createdAt" && !parsed.data.createdAt)) throw invalid("cursor is not one this API issued");
  if (parsed.data.sort !== sort || parsed.data.dir !== dir) throw invalid("cursor belongs to another sort order; pass the same sort and dir as the first page");
  return parsed.data;
}

/** Where the next page starts: strictly after the cursor's row in the (sort, id) order. */
function afterCursor(cursor: Cursor): KeysetAfter {
  return { id: cursor.id, ...(cursor.sort === "createdAt" ? { createdAt: new Date(cursor.createdAt!) } : {}) };
}

/** Search params as the console's list parser takes them (repeated keys as arrays). */
function paramsRecord(searchParams: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

export type CustomerPage = { data: CustomerJson[]; nextCursor: string | null };

export async function listCustomersPage(searchParams: URLSearchParams): Promise<CustomerPage> {
  const params = paramsRecord(searchParams);
  const paging = apiPagingSchema.safeParse({
    limit: searchParams.get("limit") ?? undefined,
    cursor: searchParams.get("cursor") ?? undefined,
    sort: searchParams.get("sort") ?? undefined,
    dir: searchParams.get("dir") ?? undefined,
  });
  if (!paging.success) throw invalidRequest(paging.error, "The query has invalid parameters.");
  const { limit, sort } = paging.data;
  const dir = paging.data.dir ?? (sort === "createdAt" ? "desc" : "asc");

  const after = paging.data.cursor ? afterCursor(decodeCursor(paging.data.cursor, sort, dir)) : null;
  // One row more than asked tells whether another page exists, without a count.
  const ids = await keysetPageIds(parseCustomerListQuery(params), { sort, dir }, after, limit + 1);
  const found = await getDb().customer.findMany({ where: { id: { in: ids } }, include: customerJsonInclude });
  const byId = new Map(found.map((customer) => [customer.id, customer]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ sort, dir, id: last.id, ...(sort === "createdAt" ? { createdAt: last.createdAt.toISOString() } : {}) })
      : null;
  return { data: page.map(toCustomerJson), nextCursor };
}
