// Reads of customers. The list is one page query plus one count from the list's query builder
// (list-query.ts), each served by an index that matches its filter and sort (see
// prisma/schema.prisma and docs/benchmarks.md).
import { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { ACCOUNT_MANAGER_ROLES } from "../auth/roles";
import { getDb } from "../db/client";
import { isPostgres } from "../db/database-url";
import { WARNING_RULES } from "../warnings/rules";
import type { WarningRule } from "../warnings/types";
import type { CustomerListQuery } from "./schema";
import { countBoundFor, countCustomers, listPageRows, type CustomerListRow } from "./list-query";

export type { CustomerListRow } from "./list-query";

/** Rows skipped before a page that is read after the count, not beside it. */
const FAR_PAGE_ROWS = 5_000;

/** `totalIsLowerBound`: the filter matches more than `total - 1` customers, how many more was not
 * counted (a filtered view past LIST_COUNT_BOUND, decision 040); `total` is then the bound + 1. */
export type CustomerListResult = { rows: CustomerListRow[]; total: number; totalIsLowerBound: boolean; page: number; pageSize: number };

/** The list's page and total, both from the one query builder (lib/customers/list-query.ts). A
 * filtered view's count stops after `countBound` + 1 matches while the page lies within them; a
 * page beyond (the "Last" link, a far page number) counts exactly, as it needs the total to be
 * read from the end and to know where the end is. */
export async function findCustomers(query: CustomerListQuery, options: { countBound?: number } = {}): Promise<CustomerListResult> {
  const order = { sort: query.sort, dir: query.dir };
  const pageOf = (page: number, total?: number, manyMatches?: boolean) => listPageRows(query, order, query.pageSize, (page - 1) * query.pageSize, { total, manyMatches });
  const offset = (query.page - 1) * query.pageSize;
  const bound = countBoundFor(query, options.countBound);

  // A near page is read beside the count; a far one after it, since past the middle it is read
  // from the end (list-query.ts, fromTheEnd: the last of 1,000,000 customers' pages).
  // A search's page waits for the count on SQLite: how many match decides how the page finds its
  // rows (list-query.ts, searchCondition).
  const near = offset < FAR_PAGE_ROWS && !(query.q && !isPostgres());
  const [total, nearRows] = await Promise.all([countCustomers(query, { bound }), near ? pageOf(query.page) : null]);
  const totalIsLowerBound = bound !== undefined && total > bound;
  if (totalIsLowerBound) return { rows: nearRows ?? (await pageOf(query.page, undefined, true)), total, totalIsLowerBound, page: query.page, pageSize: query.pageSize };
  // A link past the end (page=999) shows the last page rather than an empty table.
  const lastPage = Math.max(1, Math.ceil(total / query.pageSize));
  if (query.page > lastPage) {
    return { rows: await pageOf(lastPage, total), total, totalIsLowerBound, page: lastPage, pageSize: query.pageSize };
  }
  return { rows: nearRows ?? (await pageOf(query.page, total)), total, totalIsLowerBound, page: query.page, pageSize: query.pageSize };
}

const detailInclude = {
  partner: { select: { id: true, name: true } },
  accountManager: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  warnings: { select: { rule: true } },
  settings: { select: { currency: true } }, // the currency of the stored MRR and ARR
} satisfies Prisma.CustomerInclude;

export type CustomerDetail = Prisma.CustomerGetPayload<{ include: typeof detailInclude }>;

/** The Prisma read that getCustomerOrThrow answers like (tests compare the two on both databases). */
export const CUSTOMER_DETAIL_INCLUDE = detailInclude;

/** Every scalar column of Customer, from the generated client, so a new column is read too. */
const CUSTOMER_COLUMNS = Prisma.raw(Object.values(Prisma.CustomerScalarFieldEnum).map((column) => `c."${column}"`).join(", "));

type DetailRow = Omit<CustomerDetail, "partner" | "accountManager" | "tags" | "warnings" | "settings"> & {
  partnerName: string | null; accountManagerName: string | null; settingsCurrency: string | null;
};

/** A customer with what its page shows around it: partner, account manager, tags (by name),
 * stored warnings and the currency of its stored revenue. Every page below /customers/[id] reads
 * it, so it is two raw statements (the customer with its to-one relations; its tags and warnings)
 * instead of Prisma's include, which cost about 3.7 against 0.7 ms of CPU per call through
 * Prisma 6.19's query compiler (docs/decisions/042). The drivers return the same types as Prisma
 * (Date, bigint, boolean) on SQLite and PostgreSQL. */
export async function getCustomerOrThrow(id: number): Promise<CustomerDetail> {
  const db = getDb();
  const [rows, children] = await Promise.all([
    db.$queryRaw<DetailRow[]>`
      SELECT ${CUSTOMER_COLUMNS}, p."name" AS "partnerName", m."name" AS "accountManagerName", s."currency" AS "settingsCurrency"
      FROM "Customer" c
      LEFT JOIN "Partner" p ON p."id" = c."partnerId"
      LEFT JOIN "StaffUser" m ON m."id" = c."accountManagerId"
      LEFT JOIN "CustomerSettings" s ON s."customerId" = c."id"
      WHERE c."id" = ${id}`,
    db.$queryRaw<Array<{ kind: string; value: string }>>`
      SELECT 'tag' AS "kind", t."name" AS "value" FROM "CustomerTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."customerId" = ${id}
      UNION ALL
      SELECT 'warning' AS "kind", w."rule" AS "value" FROM "CustomerWarning" w WHERE w."customerId" = ${id}
      ORDER BY 1, 2`,
  ]);
  const [row] = rows;
  if (!row) throw new AppError("NOT_FOUND", `Customer ${id} does not exist`);
  const { partnerName, accountManagerName, settingsCurrency, ...customer } = row;
  return {
    ...customer,
    partner: customer.partnerId !== null && partnerName !== null ? { id: customer.partnerId, name: partnerName } : null,
    accountManager: customer.accountManagerId !== null && accountManagerName !== null ? { id: customer.accountManagerId, name: accountManagerName } : null,
    tags: children.filter((child) => child.kind === "tag").map((child) => ({ tag: { name: child.value } })),
    warnings: children.filter((child) => child.kind === "warning").map((child) => ({ rule: child.value })),
    settings: settingsCurrency !== null ? { currency: settingsCurrency } : null,
  };
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
