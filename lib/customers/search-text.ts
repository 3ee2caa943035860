// The normalized columns that make search and name sorting behave the same on SQLite and
// PostgreSQL: lower-cased text matched with LIKE, instead of a database-specific collation.
// LIKE treats % and _ (and, on PostgreSQL, \) as pattern characters, and Prisma's `contains`
// passes them through. The search text is a match key that is never displayed, so both it and
// the query map those characters to private-use code points and they match only themselves.
import { SEARCHED_FIELDS, type SearchedField } from "./fields";

const LIKE_SPECIAL: Record<string, string> = { "%": "\uE000", _: "\uE001", "\\": "\uE002" };

function foldCase(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function normalizeForSearch(value: string): string {
  return foldCase(value).replace(/[%_\\]/g, (char) => LIKE_SPECIAL[char]);
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

export function buildNameSort(name: string): string {
  return foldCase(name);
}
