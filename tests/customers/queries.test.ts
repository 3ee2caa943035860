// Integration: the customers list against a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer, archiveCustomer } from "@/lib/customers/mutations";
import { findCustomers, getCustomerOrThrow, warningMessages } from "@/lib/customers/queries";
import { countCustomers } from "@/lib/customers/list-query";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { addContract, createStaffActor } from "../helpers/factories";

const list = (params: Record<string, string> = {}) => findCustomers(parseCustomerListQuery(params));
const names = (result: Awaited<ReturnType<typeof list>>) => result.rows.map((row) => row.name);

let ids: Record<string, number> = {};

beforeAll(async () => {
  const actor = await createStaffActor();
  const make = async (fields: Record<string, string>, createdAt: string) => {
    const customer = await createCustomer(actor, customerInputSchema.parse(fields));
    await getDb().customer.update({ where: { id: customer.id }, data: { createdAt: new Date(createdAt) } });
    return customer.id;
  };
  ids = {
    hayden: await make({ name: "Hayden Parker", status: "paying", billingEmail: "billing@hp.example", city: "Why", region: "Arizona", country: "US" }, "2017-09-11T15:00:00Z"),
    gerald: await make({ name: "Gerald Dean", status: "trial", city: "Tempe", region: "Arizona", country: "US" }, "2017-09-13T09:00:00Z"),
    zack: await make({ name: "Zack Morris", status: "paying", billingEmail: "bree@bayside.example", city: "Kellyland", region: "KL", country: "US" }, "2017-09-13T17:50:00Z"),
    anna: await make({ name: "anna clinic", status: "trial", billingEmail: "ops@parkerclinic.example" }, "2020-01-01T00:00:00Z"),
    oslo: await make({ name: "Oslo Imaging 50% off", status: "suspended", city: "Oslo", organisationNumber: "987654325" }, "2021-01-01T00:00:00Z"),
    gone: await make({ name: "Archived Parker", status: "churned" }, "2022-01-01T00:00:00Z"),
  };
  // Hayden has a contract: paying with a contract is no warning.
  await addContract(ids.hayden);
  await getDb().$transaction(async (tx) => {
    const { recomputeCustomerWarnings } = await import("@/lib/warnings/recompute");
    await recomputeCustomerWarnings(tx, ids.hayden);
  });
  await archiveCustomer(actor, ids.gone);
});

describe("findCustomers", () => {
  it("lists active customers newest first with the total", async () => {
    const result = await list();
    expect(names(result)).toEqual(["Oslo Imaging 50% off", "anna clinic", "Zack Morris", "Gerald Dean", "Hayden Parker"]);
    expect(result).toMatchObject({ total: 5, page: 1, pageSize: 50 });
  });

  it("shows only customers with warnings when asked, as one stored flag", async () => {
    const result = await list({ warnings: "1" });
    expect(names(result)).toEqual(["Zack Morris"]);
    expect(result.rows[0].hasWarnings).toBe(true);
  });

  it("searches name, billing email, organisation number, city and id, ignoring case", async () => {
    expect(names(await list({ q: "PARKER" }))).toEqual(["anna clinic", "Hayden Parker"]);
    expect(names(await list({ q: "987654325" }))).toEqual(["Oslo Imaging 50% off"]);
    expect(names(await list({ q: "tempe" }))).toEqual(["Gerald Dean"]);
    expect(names(await list({ q: String(ids.zack) }))).toContain("Zack Morris");
  });

  it("treats % and _ in a search as text, not wildcards", async () => {
    expect(names(await list({ q: "50%" }))).toEqual(["Oslo Imaging 50% off"]);
    expect(names(await list({ q: "%" }))).toEqual(["Oslo Imaging 50% off"]);
    expect(names(await list({ q: "_" }))).toEqual([]);
  });

  it("filters by status and origin together", async () => {
    expect(names(await list({ status: "paying", origin: "manage", sort: "name" }))).toEqual(["Hayden Parker", "Zack Morris"]);
    expect(names(await list({ origin: "api" }))).toEqual([]);
  });

  it("sorts by name case-insensitively in both directions", async () => {
    expect(names(await list({ sort: "name" }))).toEqual(["anna clinic", "Gerald Dean", "Hayden Parker", "Oslo Imaging 50% off", "Zack Morris"]);
    expect(names(await list({ sort: "name", dir: "desc" }))[0]).toBe("Zack Morris");
  });

  it("sorts by location with blank locations last", async () => {
    const sorted = names(await list({ sort: "location" }));
    expect(sorted.slice(0, 3)).toEqual(["Zack Morris", "Oslo Imaging 50% off", "Gerald Dean"]);
    expect(sorted.at(-1)).toBe("anna clinic");
  });

  it("keeps archived customers out of the default list but finds them with the archived filter", async () => {
    expect(names(await list({ q: "archived parker" }))).toEqual([]);
    expect(names(await list({ archived: "archived" }))).toEqual(["Archived Parker"]);
    expect((await list({ archived: "all" })).total).toBe(6);
  });

  it("pages through results and moves a page past the end back to the last page", async () => {
    const page2 = await list({ pageSize: "25", page: "1" });
    expect(page2.rows).toHaveLength(5);
    const beyond = await list({ page: "40" });
    expect(beyond.page).toBe(1);
    expect(beyond.rows).toHaveLength(5);
  });
});

describe("getCustomerOrThrow", () => {
  it("returns the details with warning messages", async () => {
    const zack = await getCustomerOrThrow(ids.zack);
    expect(zack.name).toBe("Zack Morris");
    expect(warningMessages(zack)).toEqual(["paying without contract"]);
  });

  it("throws NOT_FOUND for an unknown id", async () => {
    await expect(getCustomerOrThrow(99_999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("countCustomers", () => {
  // The list's total must count the rows the list shows, for every kind of filter (the count has
  // its own shortcut for the default view, lib/customers/list-query.ts).
  const filters: Record<string, string>[] = [
    {},
    { archived: "archived" },
    { archived: "all" },
    { status: "paying" },
    { status: "churned", archived: "all" },
    { origin: "manage", status: "trial" },
    { warning: "any" },
    { warning: "paying_without_contract" },
    { warning: "trial_past_end" },
    { q: "parker" },
    { q: "parker", archived: "all" },
    { q: "50%" },
    { q: "_" },
    { q: "no such customer" },
  ];
  for (const params of filters) {
    it(`counts the rows the list shows for ${new URLSearchParams(params) || "the default view"}`, async () => {
      const query = parseCustomerListQuery({ ...params, pageSize: "200" });
      const result = await findCustomers(query);
      expect(await countCustomers(query)).toBe(result.rows.length);
      expect(result.total).toBe(result.rows.length);
    });
  }

  it("counts the default view as all minus archived, and follows an archive", async () => {
    const query = parseCustomerListQuery({});
    const before = await countCustomers(query);
    expect(before).toBe(5);
    const extra = await createCustomer(await createStaffActor(), customerInputSchema.parse({ name: "Counted Then Archived" }));
    expect(await countCustomers(query)).toBe(before + 1);
    await archiveCustomer(await createStaffActor(), extra.id);
    expect(await countCustomers(query)).toBe(before);
  });
});
