// The overview's asset and site breakdowns, from grouped counts (one GROUP BY each in
// lib/overview/queries.ts). Status is the source of truth for every count, archived or not.
export const ASSET_STATUSES = ["in_service", "in_repair", "retired"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = { in_service: "In service", in_repair: "In repair", retired: "Retired" };

export const LOCATION_STATUSES = ["active", "inactive"] as const;
export type LocationStatus = (typeof LOCATION_STATUSES)[number];
export const LOCATION_STATUS_LABELS: Record<LocationStatus, string> = { active: "Active", inactive: "Inactive" };

export type Tally = { key: string; count: number };

export type AssetGroup = { type: string; status: string; count: number };
export type AssetBreakdown = { total: number; byType: Tally[]; byStatus: Tally[] };

export type SiteGroup = { country: string | null; status: string; count: number };
export type SiteBreakdown = { total: number; byCountry: Tally[]; byStatus: Tally[] };

/** Most first, then by key, so the card reads the same on every load. */
function tallies(counts: Map<string, number>): Tally[] {
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Known statuses always listed (a zero is information), in their order; an unknown one after. */
function statusTallies(counts: Map<string, number>, known: readonly string[]): Tally[] {
  const extra = [...counts.keys()].filter((key) => !known.includes(key)).sort();
  return [...known, ...extra].map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function add(counts: Map<string, number>, key: string, count: number) {
  counts.set(key, (counts.get(key) ?? 0) + count);
}

export function breakdownAssets(groups: readonly AssetGroup[]): AssetBreakdown {
  const byType = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let total = 0;
  for (const group of groups) {
    total += group.count;
    add(byType, group.type, group.count);
    add(byStatus, group.status, group.count);
  }
  return { total, byType: tallies(byType), byStatus: statusTallies(byStatus, ASSET_STATUSES) };
}

/** A site without a country is counted under "Unknown" rather than dropped. */
export const UNKNOWN_COUNTRY = "Unknown";

export function breakdownSites(groups: readonly SiteGroup[]): SiteBreakdown {
  const byCountry = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let total = 0;
  for (const group of groups) {
    total += group.count;
    add(byCountry, group.country?.trim() || UNKNOWN_COUNTRY, group.count);
    add(byStatus, group.status, group.count);
  }
  // Unknown last: it is the gap to fill, not a country.
  const countries = tallies(byCountry).sort((a, b) => Number(a.key === UNKNOWN_COUNTRY) - Number(b.key === UNKNOWN_COUNTRY));
  return { total, byCountry: countries, byStatus: statusTallies(byStatus, LOCATION_STATUSES) };
}
