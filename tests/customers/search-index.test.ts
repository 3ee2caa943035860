// Integration: the list's search through its index (decision 038): on SQLite the FTS5 trigram
// table "CustomerSearch" kept in step by triggers, on PostgreSQL the pg_trgm index on the column.
// Whatever serves it, a search finds exactly the customers whose stored search text holds the
// term (the plain LIKE scan it replaces), after creates, renames and deletes, for terms of any
// length, with % and _ taken literally. The suite runs on both databases (scripts/test.sh).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { countCustomers, listPageRows, type ListFilter } from "@/lib/customers/list-query";
import { customerInputSchema, customerUpdateSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { normalizeForSearch } from "@/lib/customers/search-text";
import { createStaffActor } from "../helpers/factories";

const NAMES = ["Parker Dental", "Sparkerud Vet", "Parkes Klinik", "Zoë Parkér", "100% Parker_AS", "Aparker", "Pa Clinic", "Other AS"];
const ids = new Map<string, number>();

beforeAll(async () => {
  const actor = await createStaffActor();
  for (const name of NAMES) {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name, status: "trial" }));
    ids.set(name, customer.id);
  }
  // A rename: found by its new name only.
  await updateCustomer(actor, ids.get("Other AS")!, customerUpdateSchema.parse({ name: "Renamed Parkerville" }));
  // A delete: found no more.
  await getDb().customer.delete({ where: { id: ids.get("Aparker")! } });
});

/** The ids a plain scan finds: the stored text holds the normalized term. */
async function scanIds(term: string): Promise<number[]> {
  const needle = normalizeForSearch(term);
  const rows = await getDb().customer.findMany({ where: { archivedAt: null }, select: { id: true, searchText: true } });
  return rows.filter((row) => row.searchText.includes(needle)).map((row) => row.id).sort((a, b) => a - b);
}

async function search(term: string): Promise<{ ids: number[]; count: number }> {
  const query = parseCustomerListQuery({ q: term });
  const rows = await listPageRows(query as ListFilter, query, 200, 0);
  return { ids: rows.map((row) => row.id).sort((a, b) => a - b), count: await countCustomers(query) };
}

describe("the list's search on its index", () => {
  it.each(["parker", "PARKER", "parké", "arker", "par", "pa", "p", "100% parker_as", "% p", "_", "renamed", "other as", "zz", "\"parker", "a\"b", "zoe parker", "parker OR x", "park*"])(
    "finds exactly what a scan of the search text finds for %j",
    async (term) => {
      const expected = await scanIds(term);
      const found = await search(term);
      expect(found.ids).toEqual(expected);
      expect(found.count).toBe(expected.length);
    },
  );

  it("follows creates, renames and deletes", async () => {
    const found = (await search("parker")).ids;
    expect(found).toContain(ids.get("Parker Dental"));
    expect(found).toContain(ids.get("Sparkerud Vet"));
    expect(found).toContain(ids.get("Other AS")); // renamed to "Renamed Parkerville"
    expect(found).not.toContain(ids.get("Aparker")); // deleted
    expect(found).not.toContain(ids.get("Parkes Klinik"));
    expect((await search("other as")).ids).not.toContain(ids.get("Other AS"));
  });
});
