// The project form and the Projects tab's URL, validated at every boundary (form, action, page).
import { z } from "zod";
import { CURRENCIES, minorToPriceText, parsePriceToMinor } from "../contracts/schema";
import { PROJECT_STATUSES } from "./status";

export { minorToPriceText };

/** 10,000,000,000.00 in minor units: the columns are 64-bit (decision 031); the bound is a
 * sanity check on input. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000n;
export const MAX_NAME_LENGTH = 200;

const utcDay = (message: string) => z.iso.date({ error: message }).transform((value) => new Date(`${value}T00:00:00.000Z`));

/** Billed and paid: text such as "1250.50", stored exactly as minor units; empty means 0. */
const amount = (label: string) =>
  z
    .string({ error: `Enter the ${label.toLowerCase()} amount` })
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim() || "0";
      const fail = (message: string) => {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (value.startsWith("-")) return fail(`${label} cannot be negative`);
      const minor = parsePriceToMinor(value);
      if (minor === null) return fail(`Enter ${label.toLowerCase()} as an amount such as 1250.00`);
      if (minor > MAX_AMOUNT_MINOR) return fail(`${label} must be at most 10,000,000,000.00`);
      return minor;
    });

export const projectInputSchema = z
  .object({
    name: z
      .string({ error: "Enter the project's name" })
      .trim()
      .min(1, "Enter the project's name")
      .max(MAX_NAME_LENGTH, `The name must be at most ${MAX_NAME_LENGTH} characters`),
    startDate: utcDay("Enter the start date (YYYY-MM-DD)"),
    endDate: z
      .union([z.literal(""), z.iso.date()], { error: "Enter the end date as YYYY-MM-DD, or leave it empty" })
      .optional()
      .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null)),
    billed: amount("Billed"),
    paid: amount("Paid"),
    currency: z.enum(CURRENCIES, { error: `Choose a currency: ${CURRENCIES.join(", ")}` }),
  })
  .refine((value) => !(value.endDate && value.endDate < value.startDate), {
    message: "The project cannot end before it starts",
    path: ["endDate"],
    // Checked even when another field is wrong, as long as both dates themselves parsed.
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "startDate" && issue.path?.[0] !== "endDate"),
  })
  .transform(({ billed, paid, ...rest }) => ({ ...rest, billedMinor: billed, paidMinor: paid }));
export type ProjectInput = z.output<typeof projectInputSchema>;

export const projectIdSchema = z.coerce.number({ error: "Unknown project" }).int().positive().max(2_147_483_647);

/** `?status=` of the Projects tab; anything else (or nothing) lists every project. */
export const projectListQuerySchema = z.object({
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
});
export type ProjectListQuery = z.output<typeof projectListQuerySchema>;
