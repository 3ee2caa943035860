// The customer contract: allowed values, the list's URL parameters and the create/edit input.
import { z } from "zod";
import { WARNING_RULE_IDS } from "../warnings/rules";
import { isCountryCode } from "./countries";

export const CUSTOMER_STATUSES = ["trial", "paying", "suspended", "churned"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_ORIGINS = ["manage", "signup", "api", "import", "registry"] as const;
export type CustomerOrigin = (typeof CUSTOMER_ORIGINS)[number];
export const ORIGIN_LABELS: Record<CustomerOrigin, string> = {
  manage: "Manage",
  signup: "Signup",
  api: "API",
  import: "Import",
  registry: "Registry",
};

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

/** Optional text: trimmed, "" becomes null. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** Optional foreign key from a <select>: "" becomes null. */
const optionalId = z
  .union([z.literal(""), z.coerce.number().int().positive()], { error: "Choose a value from the list" })
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional();

const tagsField = z
  .string()
  .max(1000, "Tags are too long")
  .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(40, "A tag must be at most 40 characters"))
      .max(20, "At most 20 tags"),
  )
  .optional();

export const customerInputSchema = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(200, "Name must be at most 200 characters"),
  status: z.enum(CUSTOMER_STATUSES, { error: "Choose a status from the list" }).optional(),
  partnerId: optionalId,
  accountManagerId: optionalId,
  tags: tagsField,
  addressLine1: optionalText(200, "Address line 1"),
  addressLine2: optionalText(200, "Address line 2"),
  postalCode: optionalText(20, "Postal code"),
  city: optionalText(100, "City"),
  region: optionalText(100, "Region"),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || isCountryCode(value), "Use a two-letter country code such as US or NO")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  billingEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Billing email is too long")
    .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid email address")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  billingContact: optionalText(200, "Billing contact"),
  organisationNumber: optionalText(40, "Organisation number"),
  /** The customer's id in another system (a CRM); imports and the API match on it. */
  externalId: optionalText(100, "External id"),
  /** Industry code from the company registry (NACE, e.g. "86.211"). */
  industryCode: optionalText(20, "Industry code"),
  /** When a trial customer's trial ends ("YYYY-MM-DD", UTC); "" clears it. */
  trialEndsAt: z
    .union([z.literal(""), z.iso.date({ error: "Enter the trial end as a date (YYYY-MM-DD)" })], {
      error: "Enter the trial end as a date (YYYY-MM-DD)",
    })
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00.000Z`)))
    .nullable()
    .optional(),
  notes: optionalText(5000, "Notes"),
});
export type CustomerInput = z.output<typeof customerInputSchema>;

/** Edits send only what changes; absent fields stay as they are. */
export const customerUpdateSchema = customerInputSchema.partial();
export type CustomerUpdate = z.output<typeof customerUpdateSchema>;

/** What support may change. */
export const customerNotesSchema = customerInputSchema.pick({ notes: true });

export const customerIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
