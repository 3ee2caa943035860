// The zod rules the customer's fields are built from (fields.ts). Each takes the text a form, a
// JSON client or a spreadsheet cell sends and yields the stored value; "" clears an optional field.
// Where a refinement cannot show in the generated JSON Schema (the OpenAPI document), `.meta()`
// states it there: a pattern at least as strict as the check, and the rule in words.
import { z } from "zod";
import { normalizeOrganisationNumber } from "../registry/organisation-number";
import { COUNTRY_CODES, isCountryCode } from "./countries";
import { CUSTOMER_STATUSES } from "./statuses";

const emptyToNull = <T>(value: T | "") => (value === "" ? null : value);

/** Optional text: trimmed, "" becomes null. */
export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).transform(emptyToNull).nullable().optional();

export const requiredName = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(200, "Name must be at most 200 characters")
  .meta({ pattern: "\\S", description: "Required; at least one character that is not a space (the name is trimmed)" });

export const statusRule = z.enum(CUSTOMER_STATUSES, { error: "Choose a status from the list" }).optional();

/** Optional foreign key from a <select>: "" becomes null. */
export const optionalId = z
  .union([z.literal(""), z.coerce.number().int().positive().max(2_147_483_647)], { error: "Choose a value from the list" })
  .transform(emptyToNull)
  .meta({ description: "The id of an existing record (partnerId: a partner; accountManagerId: a staff user who manages accounts); an unknown id is refused with 400. \"\" or null clears it" })
  .nullable()
  .optional();

const tagList = z
  .string()
  .max(1000, "Tags are too long")
  .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "A tag must be at most 40 characters")).max(20, "At most 20 tags"));

/** The console sends tags as "a, b". */
export const tagsRule = tagList.optional();

/** JSON clients send ["a", "b"]; both end in the same rules. The OpenAPI document states the
 * array only (a comma list is also taken, but its rules are not expressible in JSON Schema). */
export const apiTagsRule = z
  .union([z.string(), z.array(z.string({ error: "A tag must be text" }).refine((tag) => !tag.includes(","), "A tag cannot contain a comma"))], {
    error: "Send tags as an array of text",
  })
  .transform((value) => (Array.isArray(value) ? value.join(",") : value))
  .pipe(tagList)
  .meta({
    documentedAs: {
      type: "array",
      maxItems: 20,
      items: { type: "string", maxLength: 40, pattern: "^[^,]*$" },
      description: "At most 20 tags of at most 40 characters each, without commas; trimmed, empty ones dropped, duplicates merged. Replaces the customer's tags",
    },
  })
  .optional();

export const countryRule = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === "" || isCountryCode(value), "Use a two-letter country code such as US or NO")
  .meta({ enum: ["", ...COUNTRY_CODES], description: "ISO 3166-1 alpha-2 code (lower case is accepted and stored upper case); \"\" clears it" })
  .transform(emptyToNull)
  .nullable()
  .optional();

/** The JSON Schema of an email address as z.email() checks it (its own pattern); `optional`: also
 * empty or spaces, which clear the field. */
export function emailMeta(description: string, optional: boolean) {
  const { pattern } = z.toJSONSchema(z.email()) as { pattern: string };
  // "format" only where the value must be an address: a validator would refuse "" under it.
  const examples = ["billing@example.com"];
  return optional ? { pattern: `^\\s*$|${pattern}`, description, examples } : { format: "email", pattern, description, examples };
}

export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Billing email is too long")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid email address")
  .meta(emailMeta("An email address (stored lower case); \"\" clears it", true))
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
  .meta({ pattern: "^\\s*$|^\\s*(?:[0-9]\\s*){9}$", examples: ["923 609 016"] })
  .transform((value, context) => {
    if (value === "") return null;
    const normalized = normalizeOrganisationNumber(value);
    if (normalized) return normalized;
    context.addIssue({ code: "custom", message: ORGANISATION_NUMBER_MESSAGE });
    return z.NEVER;
  });

const ORGANISATION_NUMBER_RULE =
  "A Norwegian organisation number: nine digits, spaces allowed and removed (\"923 609 016\" is stored as 923609016); the ninth digit must be the MOD11 check digit of the first eight (weights 3 2 7 6 5 4 3 2; 11 - sum mod 11, 11 meaning 0, 10 never issued)";

export const organisationNumberRule = organisationNumber
  .meta({ description: `${ORGANISATION_NUMBER_RULE}; "" clears it` })
  .nullable()
  .optional();

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
  .meta({
    // A subset of what the check takes (https, a host name with a dot), in printable ASCII so the
    // length is the same in characters and UTF-16 units.
    pattern: "^\\s*$|^https://[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?::[0-9]{1,4})?(?:[/?#][!-~]*)?$",
    description: `An https:// address whose host name has a dot, at most ${WEBSITE_MAX_LENGTH.toLocaleString("en-US")} characters; "" clears it`,
    examples: ["https://example.com/clinic"],
  })
  .transform(emptyToNull)
  .nullable()
  .optional();
