// Reads of customers. The list is one page query plus one count, each served by an index that
// matches its filter and sort (see prisma/schema.prisma and docs/benchmarks.md).
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { ACCOUNT_MANAGER_ROLES } from "../auth/roles";
import { getDb } from "../db/client";
import { WARNING_RULES } from "../warnings/rules";
import type { WarningRule } from "../warnings/types";
import type { CustomerListQuery, SortColumn, SortDirection } from "./schema";
import { countCustomers } from "./list-sql";
import { normalizeForSearch } from "./search-text";

export function buildCustomerWhere(query: Pick<CustomerListQuery, "q" | "status" | "origin" | "warning" | "archived">): Prisma.CustomerWhereInput {
  const where: Prisma.CustomerWhereInput = {};
  if (query.archived === "active") where.archivedAt = null;
  if (query.archived === "archived") where.archivedAt = { not: null };
  if (query.status) where.status = query.status;
  if (query.origin) where.origin = query.origin;
  // "Any warning" is the indexed flag. One rule is an EXISTS on CustomerWarning(rule, customerId);
  // the flag stays in the filter (a customer with a warning has it set) so the page and the count
  // walk the hasWarnings index rather than every customer (docs/benchmarks.md).
  if (query.warning) where.hasWarnings = true;
  if (query.warning && query.warning !== "any") where.warnings = { some: { rule: query.warning } };
  const search = normalizeForSearch(query.q);
  if (search) where.searchText = { contains: search };
  return where;
}

export function buildCustomerOrderBy(sort: SortColumn, dir: SortDirection): Prisma.CustomerOrderByWithRelationInput[] {
  const tieBreak = { id: dir };
  switch (sort) {
    case "id":
      return [{ id: dir }];
    case "name":
      return [{ nameSort: dir }, tieBreak];
    case "status":
      return [{ status: dir }, tieBreak];
    case "origin":
      return [{ origin: dir }, tieBreak];
    case "location":
      return [{ city: { sort: dir, nulls: "last" } }, { region: { sort: dir, nulls: "last" } }, tieBreak];
    case "country":
      return [{ country: { sort: dir, nulls: "last" } }, tieBreak];
    case "accountManager":
      return [{ accountManager: { name: dir } }, tieBreak];
    case "createdAt":
      return [{ createdAt: dir }, tieBreak];
  }
}

const listSelect = {
  id: true,
  name: true,
  status: true,
  origin: true,
  city: true,
  region: true,
  country: true,
  createdAt: true,
  hasWarnings: true,
  archivedAt: true,
  accountManager: { select: { name: true } },
} satisfies Prisma.CustomerSelect;

export type CustomerListRow = Prisma.CustomerGetPayload<{ select: typeof listSelect }>;

export type CustomerListResult = { rows: CustomerListRow[]; total: number; page: number; pageSize: number };

export async function findCustomers(query: CustomerListQuery): Promise<CustomerListResult> {
  const db = getDb();
  const where = buildCustomerWhere(query);
  const orderBy = buildCustomerOrderBy(query.sort, query.dir);
  const pageOf = (page: number) =>
    db.customer.findMany({ where, orderBy, select: listSelect, skip: (page - 1) * query.pageSize, take: query.pageSize });

  const [total, rows] = await Promise.all([countCustomers(query), pageOf(query.page)]);
  // A link past the end (page=999) shows the last page rather than an empty table.
  const lastPage = Math.max(1, Math.ceil(total / query.pageSize));
  if (query.page > lastPage) {
    return { rows: await pageOf(lastPage), total, page: lastPage, pageSize: query.pageSize };
  }
  return { rows, total, page: query.page, pageSize: query.pageSize };
}

const detailInclude = {
  partner: { select: { id: true, name: true } },
  accountManager: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  warnings: { select: { rule: true } },
} satisfies Prisma.CustomerInclude;

export type CustomerDetail = Prisma.CustomerGetPayload<{ include: typeof detailInclude }>;

export async function getCustomerOrThrow(id: number): Promise<CustomerDetail> {
  const customer = await getDb().customer.findUnique({ where: { id }, include: detailInclude });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  return customer;
}

export type CustomerWarningView = Pick<WarningRule, "id" | "message" | "severity">;

/** A customer's stored warnings with their message and severity, in rule order (critical first). */
export function customerWarnings(customer: Pick<CustomerDetail, "warnings">): CustomerWarningView[] {
  const stored = new Set(customer.warnings.map((warning) => warning.rule));
  return WARNING_RULES.filter((rule) => stored.has(rule.id)).map(({ id, message, severity }) => ({ id, message, severity }));
}

/** The messages of a customer's stored warnings, in rule order. */
export function warningMessages(customer: Pick<CustomerDetail, "warnings">): string[] {
  return customerWarnings(customer).map((warning) => warning.message);
}

/** Choices for the customer form's pickers. */
export async function getCustomerFormOptions() {
  const db = getDb();
  const [partners, accountManagers] = await Promise.all([
    db.partner.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.staffUser.findMany({
      where: { role: { in: [...ACCOUNT_MANAGER_ROLES] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { partners, accountManagers };
}
export type CustomerFormOptions = Awaited<ReturnType<typeof getCustomerFormOptions>>;
