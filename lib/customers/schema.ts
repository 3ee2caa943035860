// The customer contract: allowed values, the list's URL parameters and the create/edit input.
import { z } from "zod";
import { WARNING_RULE_IDS } from "../warnings/rules";
import { inputShape } from "./fields";
import { CUSTOMER_ORIGINS, CUSTOMER_STATUSES } from "./statuses";

export { CUSTOMER_ORIGINS, CUSTOMER_STATUSES, ORIGIN_LABELS, type CustomerOrigin, type CustomerStatus } from "./statuses";

export const ARCHIVED_FILTERS = ["active", "archived", "all"] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export const SORT_COLUMNS = ["id", "name", "status", "origin", "location", "country", "createdAt", "accountManager"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_SEARCH_LENGTH = 200;

/** Newest first unless the user picks a column; then ascending first, like a spreadsheet. */
export function defaultDirection(sort: SortColumn): SortDirection {
  return sort === "createdAt" ? "desc" : "asc";
}

// URL values may repeat (?status=a&status=b); the first one wins.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const fromUrl = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);

/** The warnings filter: "any" (the indexed hasWarnings flag) or one rule's id. */
export type WarningFilter = "any" | (string & {});
const isWarningFilter = (value: string): value is WarningFilter => value === "any" || WARNING_RULE_IDS.includes(value);

/** Parses `/customers` search params. Every field falls back to its default, so a mangled or
 * hostile link shows the default view instead of an error. */
export const customerListQuerySchema = z.object({
  q: fromUrl(z.string().trim().max(MAX_SEARCH_LENGTH)).catch(""),
  status: fromUrl(z.enum(CUSTOMER_STATUSES).optional()).catch(undefined),
  origin: fromUrl(z.enum(CUSTOMER_ORIGINS).optional()).catch(undefined),
  warning: fromUrl(z.string().refine(isWarningFilter).optional()).catch(undefined),
  // The Warnings checkbox of old links (?warnings=1) still means "any warning".
  warnings: fromUrl(z.enum(["1", "true", "on"]).optional()).catch(undefined),
  archived: fromUrl(z.enum(ARCHIVED_FILTERS)).catch("active"),
  sort: fromUrl(z.enum(SORT_COLUMNS)).catch("createdAt"),
  dir: fromUrl(z.enum(["asc", "desc"]).optional()).catch(undefined),
  page: fromUrl(z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  pageSize: fromUrl(z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n))).catch(DEFAULT_PAGE_SIZE),
});

export type CustomerListQuery = Omit<z.output<typeof customerListQuerySchema>, "dir" | "warning" | "warnings"> & {
  dir: SortDirection;
  warning: WarningFilter | undefined;
};

export function parseCustomerListQuery(params: Record<string, string | string[] | undefined>): CustomerListQuery {
  const { warnings, ...parsed } = customerListQuerySchema.parse(params);
  return {
    ...parsed,
    warning: parsed.warning ?? (warnings ? "any" : undefined),
    dir: parsed.dir ?? defaultDirection(parsed.sort),
  };
}

// ---- create / edit input -------------------------------------------------------------------

/** The console's create input: every field the declaration (fields.ts) lets the console edit. */
export const customerInputSchema = z.object(inputShape("console"));
export type CustomerInput = z.output<typeof customerInputSchema>;

/** Edits send only what changes; absent fields stay as they are. */
export const customerUpdateSchema = customerInputSchema.partial();
export type CustomerUpdate = z.output<typeof customerUpdateSchema>;

/** What support may change. */
export const customerNotesSchema = customerInputSchema.pick({ notes: true });

export const customerIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
