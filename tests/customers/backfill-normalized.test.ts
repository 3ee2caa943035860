// Integration: `npm run db:backfill` (lib/customers/backfill-normalized.ts) rewrites the stored
// search and sort columns written by an older folding, once per version, on either database.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { backfillNormalizedColumns, NORMALIZATION_KEY } from "@/lib/customers/backfill-normalized";
import { createCustomer } from "@/lib/customers/mutations";
import { countCustomers, listPageRows } from "@/lib/customers/list-query";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { NORMALIZATION_VERSION } from "@/lib/customers/search-text";
import { createStaffActor } from "../helpers/factories";

/** The folding before version 2: NFKC and lower case, accents kept. */
const oldFold = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
const ids: Record<string, number> = {};

async function search(q: string) {
  const query = parseCustomerListQuery({ q, sort: "name" });
  return (await listPageRows(query, query, 100, 0)).map((row) => row.name);
}

beforeAll(async () => {
  const actor = await createStaffActor();
  for (const name of ["Müller Praxis", "Zed Clinic", "Ärzte Nord", "Baker Vet"]) {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name, city: "Zürich" }));
    ids[name] = customer.id;
    // As an older version of the app stored them.
    await getDb().$executeRaw(
      Prisma.sql`UPDATE "Customer" SET "nameSort" = ${oldFold(name)}, "searchText" = ${oldFold(`${customer.id} ${name} Zürich`)} WHERE "id" = ${customer.id}`,
    );
  }
  await getDb().dataVersion.deleteMany({});
});

describe("backfillNormalizedColumns", () => {
  it("with old rows: the plain-letter search misses them, and the accented names sort after z", async () => {
    expect(await search("muller")).toEqual([]);
    expect(await search("")).toEqual(["Baker Vet", "Müller Praxis", "Zed Clinic", "Ärzte Nord"]);
  });

  it("rewrites the changed rows, records the version, and then search and sort fold accents", async () => {
    const result = await backfillNormalizedColumns(getDb());
    expect(result).toMatchObject({ ran: true, from: null, version: NORMALIZATION_VERSION, customers: 4, changed: 4 });
    expect(await getDb().dataVersion.findUniqueOrThrow({ where: { key: NORMALIZATION_KEY } })).toMatchObject({ version: NORMALIZATION_VERSION });
    expect(await search("muller")).toEqual(["Müller Praxis"]);
    expect(await search("zurich")).toHaveLength(4);
    expect(await countCustomers(parseCustomerListQuery({ q: "arzte" }))).toBe(1);
    expect(await search("")).toEqual(["Ärzte Nord", "Baker Vet", "Müller Praxis", "Zed Clinic"]);
  });

  it("runs once per version: a second run does nothing, a newer version runs again", async () => {
    await getDb().$executeRaw(Prisma.sql`UPDATE "Customer" SET "nameSort" = 'stale' WHERE "id" = ${ids["Baker Vet"]}`);
    expect(await backfillNormalizedColumns(getDb())).toEqual({ ran: false, version: NORMALIZATION_VERSION });
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: ids["Baker Vet"] } })).nameSort).toBe("stale");
    const next = await backfillNormalizedColumns(getDb(), { version: NORMALIZATION_VERSION + 1 });
    expect(next).toMatchObject({ ran: true, from: NORMALIZATION_VERSION, changed: 1 });
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: ids["Baker Vet"] } })).nameSort).toBe("baker vet");
  });
});
