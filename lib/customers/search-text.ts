// The normalized columns that make search and name sorting behave the same on SQLite and
// PostgreSQL: text folded in JavaScript (case and accents) and matched with LIKE, instead of a
// database-specific collation or extension (unaccent, ICU). LIKE treats % and _ (and, on
// PostgreSQL, \) as pattern characters, and Prisma's `contains` passes them through. The search
// text is a match key that is never displayed, so both it and the query map those characters to
// private-use code points and they match only themselves.
//
// Changing the folding changes what the stored columns must hold: bump NORMALIZATION_VERSION,
// and `npm run db:backfill` (run by the start scripts after `prisma migrate deploy`) rewrites
// every customer's columns once (scripts/backfill-normalized.ts, decision 031).
import { SEARCHED_FIELDS, type SearchedField } from "./fields";

/** The version of the folding below; stored per database by the backfill. */
export const NORMALIZATION_VERSION = 2;

const LIKE_SPECIAL: Record<string, string> = { "%": "\uE000", _: "\uE001", "\\": "\uE002" };

/** Letters that carry no combining mark to strip, folded to the Latin letters people type. */
const LETTER_FOLDS: Record<string, string> = {
  "ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/** NFKD splits "ü" into "u" + a combining mark and compatibility forms ("ﬁ", full-width
 * letters) into plain ones; the marks are dropped, the rest is lower-cased, a few letters
 * without marks are spelled out, and whitespace is collapsed. */
function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter])
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

export function normalizeForSearch(value: string): string {
  return fold(value).replace(/[%_\\]/g, (char) => LIKE_SPECIAL[char]);
}

type SearchableCustomer = { id: number; name: string } & Partial<Record<SearchedField, string | null>>;

/** The id and the declaration's searched fields (fields.ts), in declaration order. */
export function buildSearchText(customer: SearchableCustomer): string {
  return normalizeForSearch(
    [customer.id, ...SEARCHED_FIELDS.map((field) => customer[field])]
      .filter((part) => part !== null && part !== undefined && part !== "")
      .join(" "),
  );
}

/** The name's sort key: folded like the search text, so "Émile" sorts among the e's on both
 * databases (both compare the key by code point: SQLite's BINARY, PostgreSQL's COLLATE "C"). */
export function buildNameSort(name: string): string {
  return fold(name);
}
