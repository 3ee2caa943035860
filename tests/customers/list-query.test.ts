// Integration: the customers list's one query builder (lib/customers/list-query.ts) on a real
// database. The suite runs on SQLite and again on PostgreSQL (scripts/test.sh), with the same
// expected rows in the same order: search, sorting of accented names, empty values, the count
// and the API's keyset pages behave the same on both.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { archiveCustomer, createCustomer } from "@/lib/customers/mutations";
import { countCustomers, keysetPageIds, listPageRows, type ListFilter } from "@/lib/customers/list-query";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { readExportBatches } from "@/lib/export/rows";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";
import { addContract, createStaffActor } from "../helpers/factories";

const NAMES = ["Zed Dental", "émile b", "Émile", "Åsa Klinik", "Ærø Vet", "anna", "Anna Ångström", "50% Off_Clinic", "Back\\slash AS"];
const ids = new Map<string, number>();
let managerName = "";

beforeAll(async () => {
  const actor = await createStaffActor();
  managerName = (await getDb().staffUser.findUniqueOrThrow({ where: { id: actor.id! } })).name;
  for (const [index, name] of NAMES.entries()) {
    const fields: Record<string, string> = { name, status: index % 2 === 0 ? "paying" : "trial" };
    if (index % 3 === 0) fields.city = `City ${index}`;
    if (index % 4 === 0) fields.accountManagerId = String(actor.id);
    const customer = await createCustomer(actor, customerInputSchema.parse(fields));
    // Distinct creation times, two of them equal (a tie the id breaks), one just before midnight UTC.
    const createdAt = new Date(Date.UTC(2021, 2, 1 + Math.min(index, 7), 23, 30));
    await getDb().customer.update({ where: { id: customer.id }, data: { createdAt } });
    ids.set(name, customer.id);
  }
  // Zed has a contract: paying with a contract is no warning.
  await addContract(ids.get("Zed Dental")!);
  await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, ids.get("Zed Dental")!));
  await archiveCustomer(actor, ids.get("Back\\slash AS")!);
});

const filterOf = (params: Record<string, string>): ListFilter => parseCustomerListQuery(params);
const namesOf = (rows: { name: string }[]) => rows.map((row) => row.name);
async function page(params: Record<string, string>) {
  const query = parseCustomerListQuery(params);
  return listPageRows(query, query, 100, 0);
}

describe("the list's query builder", () => {
  it("sorts names with accents by their folded form (case and accents), in both directions", async () => {
    // Folded: "50% off_clinic", "aero vet", "anna", "anna angstrom", "asa klinik", "emile", "emile b", "zed dental".
    const asc = ["50% Off_Clinic", "Ærø Vet", "anna", "Anna Ångström", "Åsa Klinik", "Émile", "émile b", "Zed Dental"];
    expect(namesOf(await page({ sort: "name" }))).toEqual(asc);
    expect(namesOf(await page({ sort: "name", dir: "desc" }))).toEqual([...asc].reverse());
  });

  it("searches case-insensitively, with % _ and \\ matching only themselves", async () => {
    expect(namesOf(await page({ q: "ANNA", sort: "name" }))).toEqual(["anna", "Anna Ångström"]);
    expect(namesOf(await page({ q: "ÅNGSTRÖM" }))).toEqual(["Anna Ångström"]);
    expect(namesOf(await page({ q: "%" }))).toEqual(["50% Off_Clinic"]);
    expect(namesOf(await page({ q: "%%" }))).toEqual([]);
    expect(namesOf(await page({ q: "f_c" }))).toEqual(["50% Off_Clinic"]);
    expect(namesOf(await page({ q: "n_a" }))).toEqual([]);
    expect(namesOf(await page({ q: "k\\s", archived: "all" }))).toEqual(["Back\\slash AS"]);
  });

  it("searches accent-insensitively both ways: the plain letters find the accented name and back", async () => {
    expect(namesOf(await page({ q: "angstrom" }))).toEqual(["Anna Ångström"]);
    expect(namesOf(await page({ q: "emile", sort: "name" }))).toEqual(["Émile", "émile b"]);
    expect(namesOf(await page({ q: "ÉMILE B" }))).toEqual(["émile b"]);
    expect(namesOf(await page({ q: "asa" }))).toEqual(["Åsa Klinik"]);
    expect(namesOf(await page({ q: "aero" }))).toEqual(["Ærø Vet"]);
    expect(namesOf(await page({ q: "ÆRØ" }))).toEqual(["Ærø Vet"]);
    expect(await countCustomers(filterOf({ q: "emile" }))).toBe(2);
  });

  it("puts empty values last in both directions", async () => {
    for (const dir of ["asc", "desc"]) {
      const byCity = await page({ sort: "location", dir });
      expect(byCity.slice(0, 3).every((row) => row.city !== null)).toBe(true);
      expect(byCity.slice(3).every((row) => row.city === null)).toBe(true);
      const byManager = await page({ sort: "accountManager", dir });
      expect(byManager.slice(0, 2).map((row) => row.accountManager?.name)).toEqual([managerName, managerName]);
      expect(byManager.slice(2).every((row) => row.accountManager === null)).toBe(true);
    }
  });

  it("returns typed rows: dates as Dates, the warning flag as a boolean", async () => {
    const [row] = await page({ q: "zed dental" });
    expect(row.createdAt).toEqual(new Date("2021-03-01T23:30:00Z"));
    expect(row.archivedAt).toBeNull();
    for (const listed of await page({ sort: "id" })) {
      const stored = await getDb().customer.findUniqueOrThrow({ where: { id: listed.id } });
      expect(listed.hasWarnings).toBe(stored.hasWarnings);
    }
    const [archived] = await page({ q: "slash", archived: "archived" });
    expect(archived.archivedAt).toBeInstanceOf(Date);
  });

  it("counts exactly the rows its page selects, for every kind of filter", async () => {
    const filters: Record<string, string>[] = [
      {},
      { archived: "archived" },
      { archived: "all" },
      { status: "paying" },
      { status: "trial", archived: "all" },
      { warning: "any" },
      { warning: "paying_without_contract" },
      { q: "anna" },
      { q: "_" },
      { q: "nobody" },
    ];
    for (const params of filters) {
      const rows = await page(params);
      expect(await countCustomers(filterOf(params)), JSON.stringify(params)).toBe(rows.length);
    }
    expect(await countCustomers(filterOf({}))).toBe(NAMES.length - 1);
    expect(await countCustomers(filterOf({ archived: "all" }))).toBe(NAMES.length);
  });

  it("filters by warning: paying customers without a contract", async () => {
    const paying = NAMES.filter((_, index) => index % 2 === 0 && index !== NAMES.length - 1 && NAMES[index] !== "Zed Dental");
    expect(namesOf(await page({ warning: "paying_without_contract", sort: "name" })).sort()).toEqual(paying.sort());
  });

  it("walks keyset pages in the page's order, ties on the creation time broken by id", async () => {
    for (const order of [
      { sort: "createdAt", dir: "desc" },
      { sort: "createdAt", dir: "asc" },
      { sort: "id", dir: "asc" },
    ] as const) {
      const expected = (await page({ sort: order.sort, dir: order.dir })).map((row) => row.id);
      const walked: number[] = [];
      let after: { id: number; createdAt?: Date } | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const pageIds = await keysetPageIds(filterOf({}), order, after, 3);
        walked.push(...pageIds);
        if (pageIds.length < 3) break;
        const last = await getDb().customer.findUniqueOrThrow({ where: { id: pageIds.at(-1)! } });
        after = { id: last.id, createdAt: last.createdAt };
      }
      expect(walked).toEqual(expected);
    }
  });

  it("streams the export in the page's order, with days in UTC whatever the process's time zone", async () => {
    const previous = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      const query = parseCustomerListQuery({ sort: "name" });
      const exported = [];
      for await (const batch of readExportBatches({ kind: "filter", query }, { batchSize: 3 })) exported.push(...batch);
      expect(exported.map((row) => row.id)).toEqual((await page({ sort: "name" })).map((row) => row.id));
      const zed = exported.find((row) => row.name === "Zed Dental")!;
      expect(new Date(zed.createdAt).toISOString()).toBe("2021-03-01T23:30:00.000Z");
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});
