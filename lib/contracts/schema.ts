// The contract vocabulary and the create/edit input, validated at every boundary (form, action).
import { z } from "zod";

export const CONTRACT_TYPES = ["per_scanner", "per_transaction", "per_study"] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  per_scanner: "Per Scanner",
  per_transaction: "Per Transaction",
  per_study: "Per Study",
};

/** What each type is paid by, as seed 000's help page explains it. */
export const CONTRACT_TYPE_DESCRIPTIONS: Record<ContractType, string> = {
  per_scanner: "Payment is determined by the number of scanners.",
  per_transaction: "Payment is determined by the amount of activity (API calls).",
  per_study: "Payment is determined by the number of uploaded studies.",
};

/** The unit a type is priced on, singular and plural, for prices and invoice lines. */
export const CONTRACT_UNITS: Record<ContractType, { one: string; many: string }> = {
  per_scanner: { one: "scanner", many: "scanners" },
  per_transaction: { one: "transaction", many: "transactions" },
  per_study: { one: "study", many: "studies" },
};

// Every currency here has two minor digits, so "12.50" is always 1250 minor units. A currency
// with another exponent (JPY, KWD) needs the exponent stored before it can be added.
export const CURRENCIES = ["USD", "EUR", "GBP", "NOK", "SEK", "DKK", "CHF", "CAD", "AUD"] as const;
export type Currency = (typeof CURRENCIES)[number];

export const BILLING_PERIODS = ["monthly", "quarterly", "yearly"] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];
export const BILLING_PERIOD_LABELS: Record<BillingPeriod, string> = { monthly: "Monthly", quarterly: "Quarterly", yearly: "Yearly" };

/** 1,000,000,000.00: the column is 64-bit (decision 031), so the bound is a sanity check on
 * input, not the column's range (2^31 minor units would be only 21,474,836.47). */
export const MAX_UNIT_PRICE_MINOR = 100_000_000_000n;
export const MAX_INCLUDED_UNITS = 1_000_000_000;

export function isContractType(value: unknown): value is ContractType {
  return typeof value === "string" && (CONTRACT_TYPES as readonly string[]).includes(value);
}

/** "12.5" -> 1250n, exactly: the digits are read as text into a bigint, never through a float.
 * Null when the text is not a non-negative amount with at most 12 whole digits and two decimals
 * (each form bounds its own amounts further; the 64-bit columns hold 92,233,720,368,547,758.07). */
export function parsePriceToMinor(text: string): bigint | null {
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** 1250n -> "12.50", the form's text for a stored price. */
export function minorToPriceText(minor: bigint | number): string {
  const value = BigInt(minor);
  return `${value / 100n}.${String(value % 100n).padStart(2, "0")}`;
}

const TYPE_MESSAGE = "Choose a contract type: Per Scanner, Per Transaction or Per Study";

export const contractTypeSchema = z.enum(CONTRACT_TYPES, { error: TYPE_MESSAGE });

const utcDate = (message: string) =>
  z.iso.date({ error: message }).transform((value) => new Date(`${value}T00:00:00.000Z`));

// One transform per field, so each bad value gets exactly one message. (Not `abort: true`
// refinements: those would also skip the end-before-start check of the whole form.)
const unitPrice = z.string({ error: "Enter the unit price" }).transform((raw, context) => {
  const value = raw.trim();
  const fail = (message: string) => {
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  if (value === "") return fail("Enter the unit price");
  if (value.startsWith("-")) return fail("The unit price cannot be negative");
  const minor = parsePriceToMinor(value);
  if (minor === null) return fail("Enter the unit price as an amount such as 12.50");
  if (minor > MAX_UNIT_PRICE_MINOR) return fail("The unit price must be at most 1,000,000,000.00");
  return minor;
});

const includedUnits = z
  .string({ error: "Enter included units as a whole number" })
  .optional()
  .transform((raw, context) => {
    const value = (raw ?? "").trim() || "0";
    const fail = (message: string) => {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (value.startsWith("-")) return fail("Included units cannot be negative");
    if (!/^\d{1,10}$/.test(value)) return fail("Enter included units as a whole number");
    const units = Number(value);
    if (units > MAX_INCLUDED_UNITS) return fail("Included units must be at most 1,000,000,000");
    return units;
  });

// An HTML checkbox posts "on" when ticked and nothing when not.
const checkbox = z
  .enum(["on", "true", "false"], { error: "Tick or untick the box" })
  .optional()
  .transform((value) => value === "on" || value === "true");

/** The fields of step 2 and of the edit form. */
const termsShape = {
  startDate: utcDate("Enter the start date (YYYY-MM-DD)"),
  endDate: z
    .union([z.literal(""), z.iso.date()], { error: "Enter the end date as YYYY-MM-DD, or leave it empty" })
    .optional()
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null)),
  currency: z.enum(CURRENCIES, { error: `Choose a currency: ${CURRENCIES.join(", ")}` }),
  unitPrice,
  includedUnits,
  billingPeriod: z.enum(BILLING_PERIODS, { error: "Choose a billing period: monthly, quarterly or yearly" }),
  sendInvoicesAutomatically: checkbox,
  autoRenew: checkbox,
};

/** Checked even when another field is wrong (so all messages show at once), as long as both
 * dates themselves parsed. */
function endNotBeforeStart<T extends z.ZodType<{ startDate: Date; endDate: Date | null }>>(schema: T) {
  return schema.refine((value) => !(value.endDate && value.endDate < value.startDate), {
    message: "The contract cannot end before it starts",
    path: ["endDate"],
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "startDate" && issue.path?.[0] !== "endDate"),
  });
}

/** The form says "unitPrice" (text such as 12.50); the column holds minor units. */
function toColumns<T extends { unitPrice: bigint }>({ unitPrice, ...rest }: T) {
  return { ...rest, unitPriceMinor: unitPrice };
}

/** Step 2 posts the type chosen in step 1; a post without it (a skipped step) is refused. */
export const contractInputSchema = endNotBeforeStart(z.object({ type: contractTypeSchema, ...termsShape })).transform(toColumns);
export type ContractInput = z.output<typeof contractInputSchema>;

/** The edit form: every term except the type, which a contract keeps for life (a different kind
 * of deal is a new contract, so past invoices keep their meaning). */
export const contractUpdateSchema = endNotBeforeStart(z.object(termsShape)).transform(toColumns);
export type ContractUpdate = z.output<typeof contractUpdateSchema>;

export const contractIdSchema = z.coerce.number({ error: "Unknown contract" }).int().positive().max(2_147_483_647);
