// Bulk create: up to 1,000 customers per call, with one result per item. Every item is validated
// on its own; the valid ones are written together in one transaction of multi-row statements, and
// only if that fails (a database error) one by one, so one bad item never undoes the others
// (docs/decisions/011-api-tokens.md).
import { z } from "zod";
import type { AuditActor } from "../audit/write-audit-log";
import { createCustomersInBatch } from "../customers/create-many";
import { createCustomer } from "../customers/mutations";
import { getDb } from "../db/client";
import { findMissingReferences, apiCustomerInputSchema, type ApiCustomerInput } from "./customer-input";
import { fieldErrorsOf, invalidRequest, toApiError, type ApiErrorCode, type FieldErrors } from "./errors";

export const BULK_MAX_ITEMS = 1000;

export const bulkCreateBodySchema = z.object({
  customers: z
    .array(z.unknown(), { error: "customers must be an array of customer objects" })
    .min(1, "customers must hold at least one customer")
    .max(BULK_MAX_ITEMS, `customers may hold at most ${BULK_MAX_ITEMS} customers per call`),
});

export type BulkItemError = { code: ApiErrorCode; message: string; fieldErrors?: FieldErrors };
export type BulkItemResult = { index: number; ok: true; id: number } | { index: number; ok: false; error: BulkItemError };
export type BulkCreateResult = { created: number; failed: number; results: BulkItemResult[] };

const invalidItem = (index: number, fieldErrors: FieldErrors): BulkItemResult => ({
  index,
  ok: false,
  error: { code: "invalid_request", message: "The customer has invalid fields.", fieldErrors },
});

// Prisma's default of 5 s is short for 1,000 customers on a busy machine (about 0.3 s when quiet).
const BATCH_TIMEOUT_MS = 60_000;

async function createOne(actor: AuditActor, index: number, input: ApiCustomerInput): Promise<BulkItemResult> {
  try {
    const customer = await createCustomer(actor, input, { origin: "api" });
    return { index, ok: true, id: customer.id };
  } catch (error) {
    const apiError = toApiError(error);
    return { index, ok: false, error: { code: apiError.code, message: apiError.message, ...(apiError.fieldErrors ? { fieldErrors: apiError.fieldErrors } : {}) } };
  }
}

export async function bulkCreateCustomers(actor: AuditActor, body: unknown): Promise<BulkCreateResult> {
  const parsedBody = bulkCreateBodySchema.safeParse(body);
  if (!parsedBody.success) throw invalidRequest(parsedBody.error);
  const items = parsedBody.data.customers;

  const results: (BulkItemResult | undefined)[] = new Array(items.length);
  const valid: { index: number; input: ApiCustomerInput }[] = [];
  items.forEach((item, index) => {
    const parsed = apiCustomerInputSchema.safeParse(item);
    if (parsed.success) valid.push({ index, input: parsed.data });
    else results[index] = invalidItem(index, fieldErrorsOf(parsed.error, "customer"));
  });

  const missing = await findMissingReferences(valid.map((item) => item.input));
  const writable = valid.filter((_, position) => {
    const referenceErrors = missing[position];
    if (referenceErrors) results[valid[position].index] = invalidItem(valid[position].index, referenceErrors);
    return !referenceErrors;
  });

  if (writable.length > 0) {
    try {
      const ids = await getDb().$transaction((tx) => createCustomersInBatch(tx, writable.map((item) => item.input), { origin: "api", actor }), {
        timeout: BATCH_TIMEOUT_MS,
        maxWait: BATCH_TIMEOUT_MS,
      });
      writable.forEach(({ index }, position) => (results[index] = { index, ok: true, id: ids[position] }));
    } catch (batchError) {
      // Nothing of the batch was written; one by one, each item's own error lands in its result.
      console.warn("Bulk create: the batch failed, creating its items one by one", batchError);
      for (const { index, input } of writable) results[index] = await createOne(actor, index, input);
    }
  }

  const done = results as BulkItemResult[];
  const created = done.filter((result) => result.ok).length;
  return { created, failed: done.length - created, results: done };
}
