// Integration: a filtered list's count stops after its bound (decision 040). The list then says
// "N+ customers" with no page count, pages within the bound read from the front, and a page beyond
// it (the "Last" link, a far page number) counts exactly and is read from the end. The unfiltered
// views keep their exact count. The bound here is lowered to 30 so a few dozen customers cross it;
// the app's is LIST_COUNT_BOUND. Runs on both databases (scripts/test.sh).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ListPagination } from "@/components/customers/list-pagination";
import { createCustomer } from "@/lib/customers/mutations";
import { countCustomers, countIsBounded, LIST_COUNT_BOUND, listPageRows } from "@/lib/customers/list-query";
import { findCustomers } from "@/lib/customers/queries";
import { customerInputSchema, MAX_LIST_PAGE, parseCustomerListQuery } from "@/lib/customers/schema";
import { BULK_MAX_CUSTOMERS } from "@/lib/customers/bulk/schema";
import { createStaffActor } from "../helpers/factories";

const TRIAL = 62;
const PAYING = 8;
const BOUND = 30;

beforeAll(async () => {
  const actor = await createStaffActor();
  for (let i = 0; i < TRIAL + PAYING; i += 1) {
    await createCustomer(actor, customerInputSchema.parse({ name: `Bounded ${String(i).padStart(2, "0")}`, status: i < TRIAL ? "trial" : "paying" }));
  }
});

const trial = (params: Record<string, string> = {}) => parseCustomerListQuery({ status: "trial", pageSize: "25", ...params });
const ids = (rows: { id: number }[]) => rows.map((row) => row.id);
/** The pager's text, as the list page renders it. */
const pagerText = (query: ReturnType<typeof parseCustomerListQuery>, total: number, totalIsLowerBound: boolean) =>
  renderToStaticMarkup(createElement(ListPagination, { query, total, totalIsLowerBound })).replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the count's bound", () => {
  it("counts exactly up to the bound, and bound + 1 past it", async () => {
    expect(await countCustomers(trial())).toBe(TRIAL);
    expect(await countCustomers(trial(), { bound: TRIAL })).toBe(TRIAL);
    expect(await countCustomers(trial(), { bound: BOUND })).toBe(BOUND + 1);
    expect(await countCustomers(trial({ q: "bounded 0" }), { bound: BOUND })).toBe(10);
  });

  it("applies to filtered views only; the unfiltered ones count exactly", async () => {
    expect(countIsBounded(parseCustomerListQuery({}))).toBe(false);
    expect(countIsBounded(parseCustomerListQuery({ archived: "all" }))).toBe(false);
    expect(countIsBounded(parseCustomerListQuery({ archived: "archived" }))).toBe(false);
    expect(countIsBounded(parseCustomerListQuery({ status: "trial" }))).toBe(true);
    expect(countIsBounded(parseCustomerListQuery({ archived: "all", q: "bounded" }))).toBe(true);
    const all = await findCustomers(parseCustomerListQuery({ pageSize: "25" }), { countBound: BOUND });
    expect(all.totalIsLowerBound).toBe(false);
    expect(all.total).toBe(TRIAL + PAYING);
  });

  it("is the bulk actions' limit, so a bounded total is one no bulk action takes whole", () => {
    expect(LIST_COUNT_BOUND).toBe(BULK_MAX_CUSTOMERS);
  });
});

describe("findCustomers with a bounded count", () => {
  it("says more than the bound on a page within it, with the front's rows", async () => {
    const first = await findCustomers(trial(), { countBound: BOUND });
    expect(first).toMatchObject({ total: BOUND + 1, totalIsLowerBound: true, page: 1 });
    const everything = ids(await listPageRows(trial(), { sort: "createdAt", dir: "desc" }, TRIAL, 0));
    expect(ids(first.rows)).toEqual(everything.slice(0, 25));
    // A filter matching fewer than the bound is exact, as before.
    const paying = await findCustomers(parseCustomerListQuery({ status: "paying" }), { countBound: BOUND });
    expect(paying).toMatchObject({ total: PAYING, totalIsLowerBound: false });
  });

  it("counts exactly for a page beyond the bound and for the Last link", async () => {
    const everything = ids(await listPageRows(trial(), { sort: "createdAt", dir: "desc" }, TRIAL, 0));
    const second = await findCustomers(trial({ page: "2" }), { countBound: BOUND });
    expect(second).toMatchObject({ total: TRIAL, totalIsLowerBound: false, page: 2 });
    expect(ids(second.rows)).toEqual(everything.slice(25, 50));
    const last = await findCustomers(trial({ page: String(MAX_LIST_PAGE) }), { countBound: BOUND });
    expect(last).toMatchObject({ total: TRIAL, totalIsLowerBound: false, page: Math.ceil(TRIAL / 25) });
    expect(ids(last.rows)).toEqual(everything.slice(50));
  });
});

describe("a page of a view over the bound", () => {
  it("finds the same rows whichever way the search is read (sort index or search index)", async () => {
    for (const sort of ["createdAt", "name", "mrr"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const query = parseCustomerListQuery({ q: "bounded", sort, dir, pageSize: "25" });
        const bounded = await findCustomers(query, { countBound: BOUND });
        expect(bounded.totalIsLowerBound).toBe(true);
        // The reference: the search index's read, every match, cut to the first page.
        const everything = ids(await listPageRows(query, { sort, dir }, TRIAL + PAYING, 0));
        expect(everything).toHaveLength(TRIAL + PAYING);
        expect(ids(bounded.rows)).toEqual(everything.slice(0, 25));
        expect(ids(await listPageRows(query, { sort, dir }, 25, 0, { manyMatches: true }))).toEqual(everything.slice(0, 25));
      }
    }
  });
});

describe("the pager", () => {
  it("shows a lower bound as N+ with no page count, Next, and Last to the end", async () => {
    const query = trial();
    const first = await findCustomers(query, { countBound: BOUND });
    const text = pagerText(query, first.total, first.totalIsLowerBound);
    expect(text).toContain(`Displaying ${BOUND}+ customers`);
    expect(text).toContain("Page 1 Next");
    expect(text).not.toMatch(/Page 1 of/);
    const html = renderToStaticMarkup(createElement(ListPagination, { query, total: first.total, totalIsLowerBound: true }));
    expect(html).toContain(`page=${MAX_LIST_PAGE}`);
    expect(html).toContain('rel="next"');
  });

  it("shows an exact total with its page count", async () => {
    const query = trial({ page: "2" });
    const second = await findCustomers(query, { countBound: BOUND });
    const text = pagerText(query, second.total, second.totalIsLowerBound);
    expect(text).toContain(`Displaying ${TRIAL} customers`);
    expect(text).toContain("Page 2 of 3");
  });
});
