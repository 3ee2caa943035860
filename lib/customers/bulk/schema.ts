// The bulk action contract: which customers (explicit ids, or every customer the list's filters
// match) and what to change on them. Parsed by the server action before anything is read.
import { z } from "zod";
import { CUSTOMER_STATUSES } from "../statuses";

/** The most customers one bulk action changes (the limit; the benchmark's size). */
export const BULK_MAX_CUSTOMERS = 10_000;
/** The longest list URL query accepted as "all matching" filters (the list's own are far shorter). */
export const MAX_FILTER_QUERY_LENGTH = 2_000;

const formatted = new Intl.NumberFormat("en-US").format(BULK_MAX_CUSTOMERS);
const bulkCustomerId = z.number({ message: "Customer ids are whole numbers" }).int().positive().max(2_147_483_647);

const idsTarget = z.object({
  kind: z.literal("ids"),
  ids: z
    .array(bulkCustomerId, { message: "Select the customers to change" })
    .min(1, "Select at least one customer")
    .max(BULK_MAX_CUSTOMERS, `A bulk action changes at most ${formatted} customers; select fewer`)
    // A repeated id is one customer, counted and changed once.
    .transform((ids) => [...new Set(ids)]),
});

/** "All N matching": the list's URL query (as /customers?… carries it) and the count the user
 * was shown, so the server acts on the customers the user confirmed (decision 023). */
const matchingTarget = z.object({
  kind: z.literal("matching"),
  query: z.string().max(MAX_FILTER_QUERY_LENGTH, "The list's filters are too long"),
  expectedCount: z.number().int().min(1, "No customers match these filters").max(BULK_MAX_CUSTOMERS, `A bulk action changes at most ${formatted} customers; narrow the filters`),
});

export const bulkTargetSchema = z.discriminatedUnion("kind", [idsTarget, matchingTarget], {
  message: "Choose the customers: selected ids or all matching",
});

export const bulkChangeSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("status"),
      status: z.enum(CUSTOMER_STATUSES, { message: `Choose a status: ${CUSTOMER_STATUSES.join(", ")}` }),
    }),
    z.object({
      kind: z.literal("accountManager"),
      // null: no account manager. Whether the id is a staff user who may manage customers is
      // checked against the database (lib/customers/bulk/mutations.ts).
      accountManagerId: z.number({ message: "Choose an account manager" }).int().positive({ message: "Choose an account manager" }).max(2_147_483_647).nullable(),
    }),
    z.object({ kind: z.literal("archive") }),
  ],
  { message: "Choose a change: status, account manager or archive" },
);

export const bulkActionSchema = z.object({ target: bulkTargetSchema, change: bulkChangeSchema });

export type BulkTarget = z.output<typeof bulkTargetSchema>;
export type BulkChange = z.output<typeof bulkChangeSchema>;
export type BulkActionInput = z.output<typeof bulkActionSchema>;
export type BulkActionResult = { matched: number; changed: number };
