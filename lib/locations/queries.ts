// Reads of a customer's locations.
import { AppError } from "../app-error";
import { getDb } from "../db/client";

export type LocationRow = {
  id: number;
  customerId: number;
  name: string;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  status: string;
  archivedAt: Date | null;
};

export type LocationListRow = LocationRow & { assetCount: number };

const locationSelect = {
  id: true, customerId: true, name: true, addressLine1: true, postalCode: true, city: true, region: true, country: true,
  status: true, archivedAt: true,
} as const;

/** A customer's locations by name, each with the number of assets standing there; archived ones
 * only when asked, with the count of archived ones for the toggle. */
export async function listCustomerLocations(
  customerId: number,
  options: { includeArchived: boolean },
): Promise<{ rows: LocationListRow[]; archivedCount: number }> {
  const db = getDb();
  const [locations, archivedCount, counts] = await Promise.all([
    db.location.findMany({
      where: { customerId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      select: locationSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.location.count({ where: { customerId, archivedAt: { not: null } } }),
    db.asset.groupBy({ by: ["locationId"], where: { location: { customerId } }, _count: { _all: true } }),
  ]);
  const byLocation = new Map(counts.map((count) => [count.locationId, count._count._all]));
  return { rows: locations.map((location) => ({ ...location, assetCount: byLocation.get(location.id) ?? 0 })), archivedCount };
}

/** One location of this customer. Another customer's location is NOT_FOUND here, so a URL cannot
 * reach it through the wrong customer. */
export async function getCustomerLocationOrThrow(customerId: number, locationId: number): Promise<LocationRow> {
  const location = await getDb().location.findFirst({ where: { id: locationId, customerId }, select: locationSelect });
  if (!location) throw new AppError("NOT_FOUND", `Customer ${customerId} has no location ${locationId}`);
  return location;
}
