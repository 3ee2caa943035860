// Export file names: "customers", the filter in words, the date (UTC), e.g.
// customers-paying-manage-warnings-search-parker-2026-11-24.xlsx. ASCII letters, digits and
// dashes only, so every browser and file system keeps the name as it is.
import type { CustomerListQuery } from "../customers/schema";
import type { ExportSelection } from "./rows";

export type ExportFormat = "csv" | "xlsx";

const MAX_SEARCH_WORDS_LENGTH = 40;

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // é -> e
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SEARCH_WORDS_LENGTH)
    .replace(/-+$/, "");
}

/** The list's filter in words, in the filter bar's order. The one place that knows the filter's
 * fields for naming (adapt here when a filter changes). */
export function describeFilter(query: Pick<CustomerListQuery, "q" | "status" | "origin" | "warning" | "archived">): string[] {
  const words: string[] = [];
  if (query.status) words.push(query.status);
  if (query.origin) words.push(query.origin);
  // Any warning: "warnings"; one rule: "warnings-trial-past-end".
  if (query.warning === "any") words.push("warnings");
  else if (query.warning) words.push("warnings", query.warning.replace(/_/g, "-"));
  if (query.archived !== "active") words.push(query.archived === "all" ? "with-archived" : "archived");
  const search = slug(query.q);
  if (search) words.push("search", search);
  return words;
}

export function exportFilename(selection: ExportSelection, format: ExportFormat, now: Date = new Date()): string {
  const words = selection.kind === "ids" ? ["selected", String(selection.ids.length)] : describeFilter(selection.query);
  return [...["customers", ...words], now.toISOString().slice(0, 10)].join("-") + `.${format}`;
}
