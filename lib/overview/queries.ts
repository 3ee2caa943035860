// The overview at the top of a customer's page: four small raw statements run together, each on an
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

type Group = { type: string; status: string; count: number | bigint };

/** Four raw statements rather than Prisma's findMany and groupBy: the overview is on every view of
 * a customer's first tab, and through Prisma 6.19's query compiler each such call costs a few
 * milliseconds of CPU to plan, far more than its indexed read (docs/decisions/042). The drivers
 * return Date and bigint for the columns as Prisma does; COUNT(*) is a bigint on PostgreSQL. */
export async function getCustomerOverview(customerId: number, now = new Date()): Promise<CustomerOverview> {
  const db = getDb();
  const [projects, onLocation, owned, sites] = await Promise.all([
    // Rows, not sums: "billed but unpaid" is summed per project (a prepaid project must not hide
    // another's unpaid bill) and the status comes from the dates; a customer has tens of projects.
    db.$queryRaw<Array<{ startDate: Date; endDate: Date | null; billedMinor: bigint; paidMinor: bigint; currency: string }>>`
      SELECT "startDate", "endDate", "billedMinor", "paidMinor", "currency" FROM "Project" WHERE "customerId" = ${customerId}`,
    db.$queryRaw<Group[]>`
      SELECT a."type" AS "type", a."status" AS "status", COUNT(*) AS "count" FROM "Asset" a JOIN "Location" l ON l."id" = a."locationId"
      WHERE l."customerId" = ${customerId} GROUP BY a."type", a."status"`,
    db.$queryRaw<Group[]>`
      SELECT "type", "status", COUNT(*) AS "count" FROM "Asset" WHERE "ownerCustomerId" = ${customerId} GROUP BY "type", "status"`,
    db.$queryRaw<Array<{ country: string | null; status: string; count: number | bigint }>>`
      SELECT "country", "status", COUNT(*) AS "count" FROM "Location" WHERE "customerId" = ${customerId} GROUP BY "country", "status"`,
  ]);
  const assetGroups = (groups: Group[]) => groups.map((group) => ({ type: group.type, status: group.status, count: Number(group.count) }));
  return {
    projects: summarizeProjects(projects.map((project) => ({ ...project, billedMinor: BigInt(project.billedMinor), paidMinor: BigInt(project.paidMinor) })), now),
    assetsOnLocation: breakdownAssets(assetGroups(onLocation)),
    assetsOwned: breakdownAssets(assetGroups(owned)),
    sites: breakdownSites(sites.map((group) => ({ country: group.country, status: group.status, count: Number(group.count) }))),
    recurring: null,
  };
}
