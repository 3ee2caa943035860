// Links to the export endpoint carrying the list's filter and sort (not its page).
import { customerListHref } from "../customers/list-url";
import type { CustomerListQuery } from "../customers/schema";
import type { ListColumnId } from "../customers/list-columns";
import type { ExportFormat } from "./filename";
import { EXPORT_PATH } from "./path";

/** `columns`: the list's visible columns, which the export follows (the link names them). */
export function exportHref(query: CustomerListQuery, format: ExportFormat, options: { bom?: boolean; columns?: readonly ListColumnId[] } = {}): string {
  const cols = options.columns ? [...options.columns] : query.cols;
  const search = new URLSearchParams(customerListHref(query, { page: 1, cols }).split("?")[1] ?? "");
  search.delete("pageSize");
  search.set("format", format);
  if (options.bom) search.set("bom", "1");
  return `${EXPORT_PATH}?${search.toString()}`;
}

/** The three exports the list offers, for a filter. */
export function exportLinks(query: CustomerListQuery, columns?: readonly ListColumnId[]) {
  return {
    csv: exportHref(query, "csv", { columns }),
    csvExcel: exportHref(query, "csv", { bom: true, columns }),
    xlsx: exportHref(query, "xlsx", { columns }),
  };
}
export type ExportLinks = ReturnType<typeof exportLinks>;
