// Unit: the generated locations and assets of the demo and benchmark seeds: the ratios issue 11
// asks for (about 2 sites and 6 assets a customer), both cross cases, and the same rows each run.
import { describe, expect, it } from "vitest";
import { createLocationsAssetsGenerator, type SeedCustomer } from "@/prisma/seed/generate-locations-assets";

const CUSTOMERS: SeedCustomer[] = Array.from({ length: 2_000 }, (_, i) => ({
  id: 164 + i, name: `Customer ${i}`, city: "Why", region: "Arizona", country: "US", postalCode: "85321",
}));

function generateAll() {
  const generate = createLocationsAssetsGenerator({
    firstLocationId: 10, firstAssetId: 20, now: new Date("2026-01-01T00:00:00Z"), ownerIds: { first: 164, last: 164 + CUSTOMERS.length - 1 },
  });
  // Two chunks, as the seed reads customers: ids and the random stream carry on between them.
  const first = generate(CUSTOMERS.slice(0, 700));
  const second = generate(CUSTOMERS.slice(700));
  return { locations: [...first.locations, ...second.locations], assets: [...first.assets, ...second.assets] };
}

describe("createLocationsAssetsGenerator", () => {
  const { locations, assets } = generateAll();

  it("gives about 2 locations and 6 assets a customer, every customer at least one site", () => {
    expect(locations.length / CUSTOMERS.length).toBeGreaterThan(1.8);
    expect(locations.length / CUSTOMERS.length).toBeLessThan(2.3);
    expect(assets.length / CUSTOMERS.length).toBeGreaterThan(5.4);
    expect(assets.length / CUSTOMERS.length).toBeLessThan(6.8);
    expect(new Set(locations.map((l) => l.customerId)).size).toBe(CUSTOMERS.length);
  });

  it("numbers rows on from the given ids, with unique serials, and never archives a customer's first site", () => {
    expect(locations.map((l) => l.id)).toEqual(locations.map((_, i) => 10 + i));
    expect(assets.map((a) => a.id)).toEqual(assets.map((_, i) => 20 + i));
    expect(new Set(assets.map((a) => a.serial)).size).toBe(assets.length);
    const firstSites = new Map<number, (typeof locations)[number]>();
    for (const l of locations) if (!firstSites.has(l.customerId)) firstSites.set(l.customerId, l);
    expect([...firstSites.values()].every((l) => l.archivedAt === null)).toBe(true);
    expect(locations.some((l) => l.archivedAt !== null)).toBe(true);
  });

  it("places a few assets at a customer other than their owner, among existing customers", () => {
    const customerOf = new Map(locations.map((l) => [l.id, l.customerId]));
    const crossed = assets.filter((a) => customerOf.get(a.locationId) !== a.ownerCustomerId);
    expect(crossed.length / assets.length).toBeGreaterThan(0.01);
    expect(crossed.length / assets.length).toBeLessThan(0.06);
    const ids = new Set(CUSTOMERS.map((c) => c.id));
    expect(crossed.every((a) => ids.has(a.ownerCustomerId))).toBe(true);
  });

  it("generates the same rows on every run", () => {
    expect(generateAll()).toEqual({ locations, assets });
  });
});
