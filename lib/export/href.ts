// Links to the export endpoint carrying the list's filter and sort (not its page).
import { customerListHref } from "../customers/list-url";
import type { CustomerListQuery } from "../customers/schema";
import type { ExportFormat } from "./filename";
import { EXPORT_PATH } from "./path";

export function exportHref(query: CustomerListQuery, format: ExportFormat, options: { bom?: boolean } = {}): string {
  const search = new URLSearchParams(customerListHref(query, { page: 1 }).split("?")[1] ?? "");
  search.delete("pageSize");
  search.set("format", format);
  if (options.bom) search.set("bom", "1");
  return `${EXPORT_PATH}?${search.toString()}`;
}

/** The three exports the list offers, for a filter. */
export function exportLinks(query: CustomerListQuery) {
  return {
    csv: exportHref(query, "csv"),
    csvExcel: exportHref(query, "csv", { bom: true }),
    xlsx: exportHref(query, "xlsx"),
  };
}
export type ExportLinks = ReturnType<typeof exportLinks>;
