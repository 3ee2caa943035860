// The customer contract: allowed values, the list's URL parameters and the create/edit input.
import { z } from "zod";
import { WARNING_RULE_IDS } from "../warnings/rules";
import { inputShape } from "./fields";
import { CUSTOMER_ORIGINS, CUSTOMER_STATUSES } from "./statuses";
import { RISK_LEVELS } from "../risk/types";
import { isListColumnId, LIST_COLUMN_IDS, normalizeColumns, type ListColumnId } from "./list-columns";

export { CUSTOMER_ORIGINS, CUSTOMER_STATUSES, ORIGIN_LABELS, type CustomerOrigin, type CustomerStatus } from "./statuses";

export const ARCHIVED_FILTERS = ["active", "archived", "all"] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

/** The sortable columns: every column of the list (list-columns.ts) is one. */
export const SORT_COLUMNS = LIST_COLUMN_IDS;
export type SortColumn = ListColumnId;
export type SortDirection = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100, 200] as const;
/** The highest page a list URL may name; past the end it shows the last page. */
export const MAX_LIST_PAGE = 1_000_000;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_SEARCH_LENGTH = 200;

/** Columns whose interesting end is the top: numbers (largest first) and the creation and update
 * times (newest first). The others start ascending, like a spreadsheet. */
const DESC_FIRST: readonly SortColumn[] = ["createdAt", "updatedAt", "subscriptions", "users", "mrr", "arr", "risk"];

/** Newest first unless the user picks a column; then its natural first direction. */
export function defaultDirection(sort: SortColumn): SortDirection {
  return DESC_FIRST.includes(sort) ? "desc" : "asc";
}

// URL values may repeat (?status=a&status=b); the first one wins.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const fromUrl = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);
// Lists (risk levels, columns) arrive comma-separated or repeated (checkboxes): both are accepted.
const listOf = (value: unknown) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(",")).map((part) => part.trim()).filter(Boolean);

/** The warnings filter: "any" (the indexed hasWarnings flag) or one rule's id. */
export type WarningFilter = "any" | (string & {});
const isWarningFilter = (value: string): value is WarningFilter => value === "any" || WARNING_RULE_IDS.includes(value);

/** "At least" amounts are typed in major units (1000 or 1000.50) and compared with each customer's
 * stored minor units in the customer's own currency, not converted (every currency has two
 * decimals: lib/contracts/schema.ts CURRENCIES). The query holds minor units. */
export const MAX_MONEY_FILTER_MINOR = 100_000_000_000_00; // 100 billion major units
const moneyText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "Enter an amount such as 1000 or 1000.50")
  .transform((text) => {
    const [whole, fraction = ""] = text.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .refine((minor) => minor <= MAX_MONEY_FILTER_MINOR, "The amount is too large");

/** Minor units as the URL writes them: major units, decimals only when there are cents. */
export function minorToMajorText(minor: number): string {
  const cents = minor % 100;
  return cents === 0 ? String(Math.floor(minor / 100)) : `${Math.floor(minor / 100)}.${String(cents).padStart(2, "0")}`;
}

/** A UTC day, YYYY-MM-DD, that exists in the calendar. */
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "Enter a date that exists, as YYYY-MM-DD");

const riskLevels = z
  .array(z.enum(RISK_LEVELS, { error: `Risk levels are ${RISK_LEVELS.join(", ")}` }))
  .min(1)
  .transform((levels) => RISK_LEVELS.filter((level) => levels.includes(level)));

/** Each parameter of the list's URL, strict: the saved views' check (lib/list-views) refuses what
 * the list itself would quietly drop. */
const LIST_PARAMS = {
  q: z.string().trim().max(MAX_SEARCH_LENGTH, `Search is at most ${MAX_SEARCH_LENGTH} characters`),
  status: z.enum(CUSTOMER_STATUSES, { error: "Unknown status" }),
  origin: z.enum(CUSTOMER_ORIGINS, { error: "Unknown origin" }),
  warning: z.string().refine(isWarningFilter, "Unknown warning rule"),
  warnings: z.enum(["1", "true", "on"]),
  archived: z.enum(ARCHIVED_FILTERS, { error: "Unknown archived filter" }),
  sort: z.enum(SORT_COLUMNS, { error: (issue) => `Unknown sort column ${JSON.stringify(issue.input)}` }),
  dir: z.enum(["asc", "desc"], { error: "The direction is asc or desc" }),
  mrrMin: moneyText,
  arrMin: moneyText,
  updatedAfter: isoDay,
  updatedBefore: isoDay,
};

/** Parses `/customers` search params. Every field falls back to its default, so a mangled or
 * hostile link shows the default view instead of an error; unknown risk levels and columns are
 * dropped from their lists. */
export const customerListQuerySchema = z.object({
  q: fromUrl(LIST_PARAMS.q).catch(""),
  status: fromUrl(LIST_PARAMS.status.optional()).catch(undefined),
  origin: fromUrl(LIST_PARAMS.origin.optional()).catch(undefined),
  warning: fromUrl(LIST_PARAMS.warning.optional()).catch(undefined),
  // The Warnings checkbox of old links (?warnings=1) still means "any warning".
  warnings: fromUrl(LIST_PARAMS.warnings.optional()).catch(undefined),
  archived: fromUrl(LIST_PARAMS.archived).catch("active"),
  sort: fromUrl(LIST_PARAMS.sort).catch("createdAt"),
  dir: fromUrl(LIST_PARAMS.dir.optional()).catch(undefined),
  mrrMin: fromUrl(LIST_PARAMS.mrrMin.optional()).catch(undefined),
  arrMin: fromUrl(LIST_PARAMS.arrMin.optional()).catch(undefined),
  risk: z.preprocess((value) => listOf(value)?.filter((level) => (RISK_LEVELS as readonly string[]).includes(level)), riskLevels.optional()).catch(undefined),
  updatedAfter: fromUrl(isoDay.optional()).catch(undefined),
  updatedBefore: fromUrl(isoDay.optional()).catch(undefined),
  // The visible columns when the link names them (a saved view); otherwise the user's own.
  cols: z.preprocess((value) => {
    const ids = listOf(value)?.filter(isListColumnId);
    return ids && ids.length > 0 ? normalizeColumns(ids) : undefined;
  }, z.array(z.enum(LIST_COLUMN_IDS)).optional()).catch(undefined),
  page: fromUrl(z.coerce.number().int().min(1).max(MAX_LIST_PAGE)).catch(1),
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

/** The strict form of a list's filter and sort (no page, no columns): every parameter known and
 * valid, or a message naming the first that is not. */
export const strictListParamsSchema = z
  .strictObject(
    {
      ...Object.fromEntries(Object.entries(LIST_PARAMS).map(([key, schema]) => [key, schema.optional()])) as {
        [K in keyof typeof LIST_PARAMS]: z.ZodOptional<(typeof LIST_PARAMS)[K]>;
      },
      risk: z.preprocess(listOf, riskLevels.optional()),
      pageSize: z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "Unknown page size").optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown filter ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}` : undefined) },
  );

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
