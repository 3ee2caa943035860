// Integration: the list's revenue, risk, count and last-updated columns in the one query builder
// (lib/customers/list-query.ts) on a real database: each sort in both directions with the id as
// tie-break, the "at least" amounts, risk levels and update dates as filters, the count agreeing
// with the page, and the export reading the same rows. Runs on SQLite and PostgreSQL alike.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { countCustomers, listPageRows } from "@/lib/customers/list-query";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { customerListHref } from "@/lib/customers/list-url";
import { readExportBatches } from "@/lib/export/rows";
import { riskLevelOf } from "@/lib/risk/score";
import { createStaffActor } from "../helpers/factories";

// name, MRR (minor), subscriptions, users, risk (tenths), updated (UTC)
const CUSTOMERS: [string, number, number, number, number, string][] = [
  ["Cols Alpha", 100_000, 2, 5, 95, "2026-03-01T00:00:00Z"],
  ["Cols Bravo", 99_999, 1, 0, 60, "2026-03-01T23:59:59Z"],
  ["Cols Charlie", 250_000, 3, 2, 59, "2026-02-28T12:00:00Z"],
  ["Cols Delta", 100_000, 2, 5, 10, "2026-03-02T00:00:00Z"], // ties Alpha on MRR, subscriptions and users
  ["Cols Echo", 0, 0, 1, 30, "2026-01-15T08:00:00Z"],
];
const ids = new Map<string, number>();

beforeAll(async () => {
  const actor = await createStaffActor();
  for (const [name, mrr, subscriptions, users, risk, updated] of CUSTOMERS) {
    const { id } = await createCustomer(actor, customerInputSchema.parse({ name, status: "paying" }));
    ids.set(name, id);
    // The stored derived values, as lib/subscriptions and lib/risk keep them. A raw UPDATE, so
    // Prisma's @updatedAt does not replace the time set here.
    await getDb().$executeRaw`UPDATE "Customer" SET "mrrMinor" = ${BigInt(mrr)}, "arrMinor" = ${BigInt(mrr * 12)},
      "subscriptionCount" = ${subscriptions}, "userCount" = ${users}, "riskScore" = ${risk}, "riskLevel" = ${riskLevelOf(risk)},
      "updatedAt" = ${new Date(updated)} WHERE "id" = ${id}`;
  }
  await getDb().customerSettings.create({ data: { customerId: ids.get("Cols Charlie")!, currency: "NOK" } });
});

/** The page for these params, restricted to this suite's customers (search "cols "). */
async function page(params: Record<string, string>) {
  const query = parseCustomerListQuery({ q: "cols ", ...params });
  return { rows: await listPageRows(query, query, 100, 0), count: await countCustomers(query) };
}
const namesOf = (rows: { name: string }[]) => rows.map((row) => row.name);
const byId = (name: string) => ids.get(name)!;

describe("the revenue and risk columns in the list's query builder", () => {
  it("sorts by ARR highest first by default, ties broken by id in the sort's direction", async () => {
    const { rows } = await page({ sort: "arr" });
    const tied = ["Cols Alpha", "Cols Delta"].sort((a, b) => byId(b) - byId(a));
    expect(namesOf(rows)).toEqual(["Cols Charlie", ...tied, "Cols Bravo", "Cols Echo"]);
    expect(rows.map((row) => row.arrMinor)).toEqual([3_000_000n, 1_200_000n, 1_200_000n, 1_199_988n, 0n]);
    expect(rows.every((row) => row.arrMinor === row.mrrMinor * 12n)).toBe(true);
    expect(namesOf((await page({ sort: "arr", dir: "asc" })).rows)).toEqual([...namesOf(rows)].reverse());
  });

  it("sorts every new column in both directions by its stored value, then id", async () => {
    const value = {
      mrr: (row: { mrrMinor: bigint }) => Number(row.mrrMinor),
      subscriptions: (row: { subscriptionCount: number }) => row.subscriptionCount,
      users: (row: { userCount: number }) => row.userCount,
      risk: (row: { riskScore: number }) => row.riskScore,
      updatedAt: (row: { updatedAt: Date }) => row.updatedAt.getTime(),
    } as const;
    for (const [sort, of] of Object.entries(value) as [keyof typeof value, (row: never) => number][]) {
      for (const dir of ["asc", "desc"] as const) {
        const { rows } = await page({ sort, dir });
        const sign = dir === "asc" ? 1 : -1;
        const expected = [...rows].sort((a, b) => sign * (of(a as never) - of(b as never)) || sign * (a.id - b.id));
        expect(rows.map((row) => row.id), `${sort} ${dir}`).toEqual(expected.map((row) => row.id));
        expect(rows).toHaveLength(CUSTOMERS.length);
      }
    }
  });

  it("reads each row's risk level, score, counts and currency as stored", async () => {
    const { rows } = await page({ sort: "risk" });
    expect(rows.map((row) => [row.name, row.riskScore, row.riskLevel])).toEqual([
      ["Cols Alpha", 95, "critical"],
      ["Cols Bravo", 60, "high"],
      ["Cols Charlie", 59, "medium"],
      ["Cols Echo", 30, "medium"],
      ["Cols Delta", 10, "low"],
    ]);
    expect(rows.find((row) => row.name === "Cols Charlie")!.currency).toBe("NOK");
    expect(rows.find((row) => row.name === "Cols Alpha")!.currency).toBe("USD"); // no settings row
    expect(rows.find((row) => row.name === "Cols Alpha")).toMatchObject({ subscriptionCount: 2, userCount: 5 });
  });

  it("filters MRR and ARR at least an amount typed in major units, the amount itself included", async () => {
    expect(namesOf((await page({ mrrMin: "1000", sort: "name" })).rows)).toEqual(["Cols Alpha", "Cols Charlie", "Cols Delta"]);
    expect(namesOf((await page({ mrrMin: "999.99", sort: "name" })).rows)).toEqual(["Cols Alpha", "Cols Bravo", "Cols Charlie", "Cols Delta"]);
    expect(namesOf((await page({ arrMin: "12000", sort: "name" })).rows)).toEqual(["Cols Alpha", "Cols Charlie", "Cols Delta"]);
    expect(namesOf((await page({ arrMin: "12000.01", sort: "name" })).rows)).toEqual(["Cols Charlie"]);
  });

  it("filters by one risk level or several", async () => {
    expect(namesOf((await page({ risk: "critical" })).rows)).toEqual(["Cols Alpha"]);
    expect(namesOf((await page({ risk: "high,critical", sort: "name" })).rows)).toEqual(["Cols Alpha", "Cols Bravo"]);
    // Repeated parameters (the filter bar's checkboxes without JavaScript) mean the same.
    const repeated = parseCustomerListQuery({ q: "cols ", risk: ["critical", "high"] });
    expect(repeated.risk).toEqual(["high", "critical"]);
    expect(await countCustomers(repeated)).toBe(2);
    expect((await page({ risk: "low,medium,high,critical" })).count).toBe(CUSTOMERS.length);
  });

  it("filters by the last update before or after a UTC day, the day itself excluded", async () => {
    expect(namesOf((await page({ updatedAfter: "2026-03-01" })).rows)).toEqual(["Cols Delta"]);
    expect(namesOf((await page({ updatedBefore: "2026-03-01", sort: "name" })).rows)).toEqual(["Cols Charlie", "Cols Echo"]);
    expect(namesOf((await page({ updatedAfter: "2026-02-28", updatedBefore: "2026-03-02", sort: "name" })).rows)).toEqual(["Cols Alpha", "Cols Bravo"]);
  });

  it("counts exactly what the page lists for each filter, and the export reads the same rows in the same order", async () => {
    const filters: Record<string, string>[] = [
      { mrrMin: "1000" },
      { arrMin: "0.01" },
      { risk: "medium" },
      { risk: "high,critical", mrrMin: "1000", sort: "risk" },
      { updatedAfter: "2026-01-01", updatedBefore: "2026-03-01", sort: "arr" },
      { mrrMin: "100000" },
    ];
    for (const params of filters) {
      const { rows, count } = await page(params);
      expect(count, JSON.stringify(params)).toBe(rows.length);
      const exported = [];
      for await (const batch of readExportBatches({ kind: "filter", query: parseCustomerListQuery({ q: "cols ", ...params }) }, { batchSize: 2 })) exported.push(...batch);
      expect(exported.map((row) => row.id), JSON.stringify(params)).toEqual(rows.map((row) => row.id));
      for (const row of exported) {
        const listed = rows.find((candidate) => candidate.id === row.id)!;
        expect([row.mrrMinor, row.arrMinor, row.riskScore, row.currency]).toEqual([listed.mrrMinor, listed.arrMinor, listed.riskScore, listed.currency]);
      }
    }
  });
});

describe("the new parameters in the URL", () => {
  it("round-trip through clean links", () => {
    const query = parseCustomerListQuery({ mrrMin: "1000.5", arrMin: "12000", risk: "critical,high", updatedAfter: "2026-01-01", updatedBefore: "2026-02-01", sort: "arr", cols: "arr,name,risk" });
    const href = customerListHref(query);
    expect(href).toBe("/customers?mrrMin=1000.50&arrMin=12000&risk=high%2Ccritical&updatedAfter=2026-01-01&updatedBefore=2026-02-01&sort=arr&cols=arr%2Cname%2Crisk");
    expect(parseCustomerListQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
  });

  it("ignores what they cannot mean instead of failing: unknown columns, levels, sorts, amounts and dates", () => {
    const query = parseCustomerListQuery({ cols: "arr,passwordHash,arr", risk: "high,extreme", sort: "passwordHash", mrrMin: "-1", arrMin: "1e9", updatedAfter: "2026-02-30", updatedBefore: "yesterday" });
    expect(query).toMatchObject({ cols: ["name", "arr"], risk: ["high"], sort: "createdAt", mrrMin: undefined, arrMin: undefined, updatedAfter: undefined, updatedBefore: undefined });
    expect(parseCustomerListQuery({ cols: "nothing,known", risk: "extreme" })).toMatchObject({ cols: undefined, risk: undefined });
  });
});
