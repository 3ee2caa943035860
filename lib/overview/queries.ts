// The overview at the top of a customer's page: four small queries run together, each on an
// indexed column (Project.customerId, Asset.ownerCustomerId, Asset.locationId via the customer's
// locations, Location.customerId); the figures are computed in lib/overview.
import { getDb } from "../db/client";
import { breakdownAssets, breakdownSites, type AssetBreakdown, type SiteBreakdown } from "./breakdowns";
import { summarizeProjects, type ProjectSummary } from "./project-summary";

export type CustomerOverview = {
  projects: ProjectSummary;
  /** Assets standing at this customer's locations, whoever owns them. */
  assetsOnLocation: AssetBreakdown;
  /** Assets this customer owns, wherever they stand. */
  assetsOwned: AssetBreakdown;
  sites: SiteBreakdown;
  /** MRR and ARR: null until subscriptions are recorded (the Subscription table exists, nothing
   * writes it yet). The customer-value card shows them as soon as this returns figures. */
  recurring: { mrrMinor: number; arrMinor: number; currency: string }[] | null;
};

export async function getCustomerOverview(customerId: number, now = new Date()): Promise<CustomerOverview> {
  const db = getDb();
  const [projects, onLocation, owned, sites] = await Promise.all([
    // Rows, not sums: "billed but unpaid" is summed per project (a prepaid project must not hide
    // another's unpaid bill) and the status comes from the dates; a customer has tens of projects.
    db.project.findMany({ where: { customerId }, select: { startDate: true, endDate: true, billedMinor: true, paidMinor: true, currency: true } }),
    db.asset.groupBy({ by: ["type", "status"], where: { location: { customerId } }, _count: { _all: true } }),
    db.asset.groupBy({ by: ["type", "status"], where: { ownerCustomerId: customerId }, _count: { _all: true } }),
    db.location.groupBy({ by: ["country", "status"], where: { customerId }, _count: { _all: true } }),
  ]);
  const assetGroups = (groups: typeof owned) => groups.map((group) => ({ type: group.type, status: group.status, count: group._count._all }));
  return {
    projects: summarizeProjects(projects, now),
    assetsOnLocation: breakdownAssets(assetGroups(onLocation)),
    assetsOwned: breakdownAssets(assetGroups(owned)),
    sites: breakdownSites(sites.map((group) => ({ country: group.country, status: group.status, count: group._count._all }))),
    recurring: null,
  };
}
