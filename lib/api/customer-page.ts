// The API's customer list: the console's filters (lib/customers) with keyset ("cursor")
// pagination, so pages stay correct and fast while rows are added between calls.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../db/client";
import { buildCustomerWhere } from "../customers/queries";
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

/** Rows strictly after the cursor in the (sort, id) order. */
function afterCursor(cursor: Cursor): Prisma.CustomerWhereInput {
  const beyond = cursor.dir === "desc" ? "lt" : "gt";
  if (cursor.sort === "id") return { id: { [beyond]: cursor.id } };
  const createdAt = new Date(cursor.createdAt!);
  return { OR: [{ createdAt: { [beyond]: createdAt } }, { createdAt, id: { [beyond]: cursor.id } }] };
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

  const filters = buildCustomerWhere(parseCustomerListQuery(params));
  const where: Prisma.CustomerWhereInput = paging.data.cursor
    ? { AND: [filters, afterCursor(decodeCursor(paging.data.cursor, sort, dir))] }
    : filters;
  const orderBy: Prisma.CustomerOrderByWithRelationInput[] = sort === "id" ? [{ id: dir }] : [{ createdAt: dir }, { id: dir }];

  // One row more than asked tells whether another page exists, without a count.
  const rows = await getDb().customer.findMany({ where, orderBy, take: limit + 1, include: customerJsonInclude });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ sort, dir, id: last.id, ...(sort === "createdAt" ? { createdAt: last.createdAt.toISOString() } : {}) })
      : null;
  return { data: page.map(toCustomerJson), nextCursor };
}
