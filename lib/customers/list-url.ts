// Builds /customers links from a list query, leaving defaults out so URLs stay short.
import { columnsParam } from "./list-columns";
import { DEFAULT_PAGE_SIZE, defaultDirection, minorToMajorText, type CustomerListQuery } from "./schema";

export function customerListHref(query: CustomerListQuery, changes: Partial<CustomerListQuery> = {}): string {
  const search = customerListSearch(query, changes);
  return search ? `/customers?${search}` : "/customers";
}

/** The search string (without "?") of the list's URL: its filter, sort, columns and page. */
export function customerListSearch(query: CustomerListQuery, changes: Partial<CustomerListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.origin) params.set("origin", next.origin);
  if (next.warning) params.set("warning", next.warning);
  if (next.archived !== "active") params.set("archived", next.archived);
  if (next.mrrMin !== undefined) params.set("mrrMin", minorToMajorText(next.mrrMin));
  if (next.arrMin !== undefined) params.set("arrMin", minorToMajorText(next.arrMin));
  if (next.risk?.length) params.set("risk", next.risk.join(","));
  if (next.updatedAfter) params.set("updatedAfter", next.updatedAfter);
  if (next.updatedBefore) params.set("updatedBefore", next.updatedBefore);
  if (next.sort !== "createdAt") params.set("sort", next.sort);
  if (next.dir !== defaultDirection(next.sort)) params.set("dir", next.dir);
  if (next.cols) params.set("cols", columnsParam(next.cols));
  if (next.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  return params.toString();
}
