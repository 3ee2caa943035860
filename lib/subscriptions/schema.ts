// A customer's subscription lines: the input the tab's form and the API send. Periods and
// currencies are the contracts' lists (one list each in the console).
import { z } from "zod";
import { BILLING_PERIODS, CURRENCIES, parsePriceToMinor } from "../contracts/schema";
import { customerIdSchema } from "../customers/schema";

export const recordIdSchema = customerIdSchema;

const MAX_SUBSCRIPTION_PRICE_MINOR = 99_999_999_999n;

/** Money typed as text ("12.50") to 64-bit minor units; negative or malformed amounts refused. */
export function moneyText(label: string) {
  return z.union([z.string(), z.number()], { error: `Enter the ${label}` }).transform((raw, context) => {
    const value = String(raw).trim();
    const fail = (message: string) => {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (value === "") return fail(`Enter the ${label}`);
    if (value.startsWith("-")) return fail(`The ${label} cannot be negative`);
    const minor = parsePriceToMinor(value);
    if (minor === null) return fail(`Enter the ${label} as an amount such as 12.50`);
    // The bound the 9-digit parser used to give: price x quantity x 12 stays within 64 bits.
    if (minor > MAX_SUBSCRIPTION_PRICE_MINOR) return fail(`The ${label} must be at most 999,999,999.99`);
    return minor;
  }).meta({
    documentedAs: {
      type: "string",
      pattern: "^[0-9]{1,9}(?:\\.[0-9]{1,2})?$",
      description: `The ${label}: a decimal amount as text, up to two decimals, at most 999999999.99, never negative (a JSON number is also taken)`,
      examples: ["49.50"],
    },
  });
}

/** A calendar day "YYYY-MM-DD" as UTC midnight. */
export const utcDay = (message: string) =>
  z.iso.date({ error: message }).transform((value) => new Date(`${value}T00:00:00.000Z`));

export const optionalUtcDay = (message: string) =>
  z
    .union([z.literal(""), z.iso.date(), z.null()], { error: message })
    .optional()
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));

export const currencySchema = z.enum(CURRENCIES, { error: `Choose a currency: ${CURRENCIES.join(", ")}` });

const quantity = z.union([z.string(), z.number()], { error: "Enter the quantity" }).transform((raw, context) => {
  const value = String(raw).trim();
  if (value.startsWith("-")) {
    context.addIssue({ code: "custom", message: "The quantity cannot be negative" });
    return z.NEVER;
  }
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1) {
    context.addIssue({ code: "custom", message: "Enter the quantity as a whole number from 1 to 9,999,999" });
    return z.NEVER;
  }
  return Number(value);
}).meta({ documentedAs: { type: "integer", minimum: 1, maximum: 9_999_999, description: "A whole number from 1 to 9,999,999 (its decimal text is also taken)" } });

export const subscriptionInputSchema = z
  .object({
    product: z.string({ error: "Enter the product" }).trim().min(1, "Enter the product").max(200, "Keep the product under 200 characters").meta({ pattern: "\\S" }),
    quantity,
    unitPrice: moneyText("unit price"),
    currency: currencySchema,
    billingPeriod: z.enum(BILLING_PERIODS, { error: "Choose a billing period: monthly, quarterly or yearly" }),
    startDate: utcDay("Enter the start date (YYYY-MM-DD)"),
    endDate: optionalUtcDay("Enter the end date as YYYY-MM-DD, or leave it empty").meta({ description: "The last day of service, not before startDate; empty or null: open-ended" }),
  })
  .refine((value) => !(value.endDate && value.endDate < value.startDate), {
    message: "The subscription cannot end before it starts",
    path: ["endDate"],
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "startDate" && issue.path?.[0] !== "endDate"),
  })
  .transform(({ unitPrice, ...rest }) => ({ ...rest, unitPriceMinor: unitPrice }));
export type SubscriptionInput = z.output<typeof subscriptionInputSchema>;

/** Ending a line: its last day of service (today when the form sends none). */
export const subscriptionEndSchema = z.object({ endDate: utcDay("Enter the end date (YYYY-MM-DD)") });

/** `?edit=<id>` on a record tab opens that record's form; anything else opens none. */
export function parseEditId(params: Record<string, string | string[] | undefined>): number | null {
  const parsed = recordIdSchema.safeParse(Array.isArray(params.edit) ? params.edit[0] : params.edit);
  return parsed.success ? parsed.data : null;
}
