// Bulk create: up to 1,000 customers per call, each validated and created on its own, with one
// result per item (docs/decisions/011-api-tokens.md: why not one transaction for the batch).
import { z } from "zod";
import type { AuditActor } from "../audit/write-audit-log";
import { createCustomer } from "../customers/mutations";
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
  for (const [position, { index, input }] of valid.entries()) {
    const referenceErrors = missing[position];
    if (referenceErrors) {
      results[index] = invalidItem(index, referenceErrors);
      continue;
    }
    try {
      const customer = await createCustomer(actor, input, { origin: "api" });
      results[index] = { index, ok: true, id: customer.id };
    } catch (error) {
      // One item's failure leaves the others standing; its result says what went wrong.
      const apiError = toApiError(error);
      results[index] = { index, ok: false, error: { code: apiError.code, message: apiError.message, ...(apiError.fieldErrors ? { fieldErrors: apiError.fieldErrors } : {}) } };
    }
  }

  const done = results as BulkItemResult[];
  const created = done.filter((result) => result.ok).length;
  return { created, failed: done.length - created, results: done };
}
