// The zod rules the customer's fields are built from (fields.ts). Each takes the text a form, a
// JSON client or a spreadsheet cell sends and yields the stored value; "" clears an optional field.
import { z } from "zod";
import { normalizeOrganisationNumber } from "../registry/organisation-number";
import { isCountryCode } from "./countries";
import { CUSTOMER_STATUSES } from "./statuses";

const emptyToNull = <T>(value: T | "") => (value === "" ? null : value);

/** Optional text: trimmed, "" becomes null. */
export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).transform(emptyToNull).nullable().optional();

export const requiredName = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(200, "Name must be at most 200 characters");

export const statusRule = z.enum(CUSTOMER_STATUSES, { error: "Choose a status from the list" }).optional();

/** Optional foreign key from a <select>: "" becomes null. */
export const optionalId = z
  .union([z.literal(""), z.coerce.number().int().positive()], { error: "Choose a value from the list" })
  .transform(emptyToNull)
  .nullable()
  .optional();

const tagList = z
  .string()
  .max(1000, "Tags are too long")
  .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "A tag must be at most 40 characters")).max(20, "At most 20 tags"));

/** The console sends tags as "a, b". */
export const tagsRule = tagList.optional();

/** JSON clients send ["a", "b"]; both end in the same rules. */
export const apiTagsRule = z
  .union([z.string(), z.array(z.string({ error: "A tag must be text" }))], { error: "Send tags as an array of text" })
  .transform((value) => (Array.isArray(value) ? value.join(",") : value))
  .pipe(tagList)
  .optional();

export const countryRule = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === "" || isCountryCode(value), "Use a two-letter country code such as US or NO")
  .transform(emptyToNull)
  .nullable()
  .optional();

export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Billing email is too long")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid email address")
  .transform(emptyToNull)
  .nullable()
  .optional();

/** "YYYY-MM-DD" (UTC) as a Date; "" clears it. */
export const dateRule = (label: string) => {
  const message = `Enter the ${label.toLowerCase()} as a date (YYYY-MM-DD)`;
  return z
    .union([z.literal(""), z.iso.date({ error: message })], { error: message })
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00.000Z`)))
    .nullable()
    .optional();
};

export const ORGANISATION_NUMBER_MESSAGE = "Enter a valid Norwegian organisation number (nine digits, correct check digit)";

/** Spaces people type ("923 609 016") are removed; anything but nine digits with a correct MOD11
 * check digit is refused, so a typo never reaches the registry lookups or the import's matching. */
const organisationNumber = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const normalized = normalizeOrganisationNumber(value);
    if (normalized) return normalized;
    context.addIssue({ code: "custom", message: ORGANISATION_NUMBER_MESSAGE });
    return z.NEVER;
  });

export const organisationNumberRule = organisationNumber.nullable().optional();

/** A customer made from a registry company keeps the number it came from: required. */
export const registryOrganisationNumberRule = z
  .string({ error: "A customer from the registry needs its organisation number" })
  .trim()
  .min(1, "A customer from the registry needs its organisation number")
  .pipe(organisationNumber)
  .pipe(z.string());

export const WEBSITE_MAX_LENGTH = 2048;
export const WEBSITE_MESSAGE = "Enter the website as a full address starting with https://, such as https://example.com";

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Optional https address, at most 2,048 characters. */
export const websiteRule = z
  .string()
  .trim()
  .max(WEBSITE_MAX_LENGTH, `Website must be at most ${WEBSITE_MAX_LENGTH.toLocaleString("en-US")} characters`)
  .refine((value) => value === "" || isHttpsUrl(value), WEBSITE_MESSAGE)
  .transform(emptyToNull)
  .nullable()
  .optional();
