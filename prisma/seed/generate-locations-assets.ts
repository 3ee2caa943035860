// Deterministic locations and assets for generated customers: about 2 sites and 6 assets a
// customer, with seed 001's two cross cases at a realistic rate (an asset owned by one customer
// standing at another's site: hardware as a service there, returned for repair seen from the
// owner). Its own random stream, so the customers generated before it are unchanged.
import { createRandom, type Random } from "./random";
import { SCANNER_MODELS, STREETS } from "./vocabulary";

export type SeedCustomer = { id: number; name: string; city: string | null; region: string | null; country: string | null; postalCode: string | null };
export type LocationRecord = {
  id: number; customerId: number; name: string; addressLine1: string | null; postalCode: string | null; city: string | null;
  region: string | null; country: string | null; status: string; archivedAt: Date | null; createdAt: Date;
};
export type AssetRecord = {
  id: number; serial: string; model: string; type: string; status: string; ownerCustomerId: number; locationId: number; createdAt: Date;
};
export type LocationsAssetsBatch = { locations: LocationRecord[]; assets: AssetRecord[] };

const SITE_NAMES = ["Main site", "Annex", "Satellite office", "Outpatient wing", "Mobile unit"] as const;
const PROBES = ["C1-5-D", "RAB6-D", "IC5-9-D", "eL18-4", "C5-1"] as const;
const DAY = 86_400_000;
// About 2 sites a customer: 1 x 35%, 2 x 35%, 3 x 20%, 4 x 10% (2.05 on average).
const SITE_COUNTS = { one: 1, two: 2, three: 3, four: 4 } as const;

/** A generator with its own state across batches: ids keep counting, the random stream goes on. */
export function createLocationsAssetsGenerator(options: { firstLocationId: number; firstAssetId: number; now: Date; ownerIds: { first: number; last: number } }) {
  const random: Random = createRandom(20010);
  let nextLocationId = options.firstLocationId;
  let nextAssetId = options.firstAssetId;

  function assetFor(ownerCustomerId: number, locationId: number, createdAt: Date): AssetRecord {
    const id = nextAssetId++;
    const type = random.weighted({ ultrasound_scanner: 35, probe: 35, workstation: 15, printer: 10, network_device: 5 });
    const model = type === "probe" ? random.pick(PROBES) : type === "ultrasound_scanner" ? random.pick(SCANNER_MODELS)[1] : type === "printer" ? "Sony UP-D898MD" : type === "workstation" ? "ViewPoint 6 workstation" : "Cisco Catalyst 1000";
    const status = random.weighted({ in_service: 85, in_repair: 8, retired: 7 });
    return { id, serial: `SN-${String(id).padStart(8, "0")}`, model, type, status, ownerCustomerId, locationId, createdAt };
  }

  /** Locations and assets of one chunk of customers (read back from the database, in id order). */
  return function generate(customers: readonly SeedCustomer[]): LocationsAssetsBatch {
    const batch: LocationsAssetsBatch = { locations: [], assets: [] };
    for (const customer of customers) {
      const createdAt = new Date(options.now.getTime() - random.int(30, 2000) * DAY);
      const count = SITE_COUNTS[random.weighted({ one: 35, two: 35, three: 20, four: 10 })];
      for (let n = 0; n < count; n++) {
        const location: LocationRecord = {
          id: nextLocationId++,
          customerId: customer.id,
          name: n === 0 ? customer.name : `${customer.name} ${SITE_NAMES[n % SITE_NAMES.length]}`,
          addressLine1: `${random.int(1, 999)} ${random.pick(STREETS)}`,
          postalCode: customer.postalCode,
          city: customer.city,
          region: customer.region,
          country: customer.country,
          status: random.chance(0.1) ? "inactive" : "active",
          // The first site is never archived: an archived main site would confuse the demo.
          archivedAt: n > 0 && random.chance(0.08) ? new Date(createdAt.getTime() + random.int(1, 20) * DAY) : null,
          createdAt,
        };
        batch.locations.push(location);
        for (let a = random.int(1, 5); a > 0; a--) {
          // About 3 in 100 assets belong to another customer (hardware as a service).
          const owner = random.chance(0.03) ? random.int(options.ownerIds.first, options.ownerIds.last) : customer.id;
          batch.assets.push(assetFor(owner, location.id, createdAt));
        }
      }
    }
    return batch;
  };
}
