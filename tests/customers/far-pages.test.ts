// Integration: a page past the middle of the list is read from the end (lib/customers/list-query.ts,
// fromTheEnd) and holds the same rows in the same order as reading it from the front, for every
// sort it applies to, ties included (equal names, equal creation times: the id decides), with and
// without a filter. Runs on both databases (scripts/test.sh).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { countCustomers, fromTheEnd, listPageRows, type ListOrder } from "@/lib/customers/list-query";
import { findCustomers } from "@/lib/customers/queries";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { createStaffActor } from "../helpers/factories";

const CUSTOMERS = 23;

beforeAll(async () => {
  const actor = await createStaffActor();
  for (let i = 0; i < CUSTOMERS; i += 1) {
    // Names repeat every 5, creation times every 4: ties for the id to break.
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: `Clinic ${i % 5}`, status: i % 3 === 0 ? "paying" : "trial" }));
    await getDb().customer.update({ where: { id: customer.id }, data: { createdAt: new Date(Date.UTC(2024, 0, 1 + (i % 4))) } });
  }
});

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe("far pages read from the end", () => {
  it.each([
    ["createdAt", "desc"],
    ["createdAt", "asc"],
    ["name", "asc"],
    ["name", "desc"],
    ["id", "asc"],
    ["status", "desc"],
  ] as const)("give the front's rows for every page, sorted by %s %s", async (sort, dir) => {
    for (const params of [{}, { status: "trial" }]) {
      const filter = parseCustomerListQuery(params);
      const order: ListOrder = { sort, dir };
      const total = await countCustomers(filter);
      let reversedPages = 0;
      for (let offset = 0; offset < total; offset += 4) {
        const front = await listPageRows(filter, order, 4, offset);
        const either = await listPageRows(filter, order, 4, offset, { total });
        if (fromTheEnd(order, 4, offset, total)) reversedPages += 1;
        expect(ids(either)).toEqual(ids(front));
        expect(front.length).toBe(Math.min(4, total - offset));
      }
      expect(reversedPages).toBeGreaterThan(1);
    }
  });

  it("leaves sorts by nullable columns to the front", () => {
    expect(fromTheEnd({ sort: "location", dir: "asc" }, 50, 900, 1000)).toBeNull();
    expect(fromTheEnd({ sort: "createdAt", dir: "desc" }, 50, 900, 1000)).toEqual({ order: { sort: "createdAt", dir: "asc" }, limit: 50, offset: 50 });
    expect(fromTheEnd({ sort: "createdAt", dir: "desc" }, 50, 980, 1000)).toEqual({ order: { sort: "createdAt", dir: "asc" }, limit: 20, offset: 0 });
  });

  it("serves the list's last page and a link past the end", async () => {
    const all = await findCustomers(parseCustomerListQuery({ pageSize: "25" }));
    const total = all.total;
    expect(total).toBeGreaterThanOrEqual(CUSTOMERS);
    const everything = ids(await listPageRows(parseCustomerListQuery({}), { sort: "createdAt", dir: "desc" }, total, 0));
    const last = await findCustomers(parseCustomerListQuery({ pageSize: "25", page: "999" }));
    expect(last.page).toBe(Math.ceil(total / 25));
    expect(ids(last.rows)).toEqual(everything.slice((last.page - 1) * 25));
  });
});
