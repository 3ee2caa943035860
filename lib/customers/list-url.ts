// Builds /customers links from a list query, leaving defaults out so URLs stay short.
import { DEFAULT_PAGE_SIZE, defaultDirection, type CustomerListQuery } from "./schema";

export function customerListHref(query: CustomerListQuery, changes: Partial<CustomerListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.origin) params.set("origin", next.origin);
  if (next.warning) params.set("warning", next.warning);
  if (next.archived !== "active") params.set("archived", next.archived);
  if (next.sort !== "createdAt") params.set("sort", next.sort);
  if (next.dir !== defaultDirection(next.sort)) params.set("dir", next.dir);
  if (next.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/customers?${search}` : "/customers";
}
