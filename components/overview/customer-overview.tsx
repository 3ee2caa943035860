// The overview at the top of a customer's page: what the customer is worth, its projects, the
// assets at its sites and those it owns, its sites, and what its projects have billed.
import Link from "next/link";
import type { CustomerOverview as Overview } from "@/lib/overview/queries";
import { ASSET_STATUS_LABELS, LOCATION_STATUS_LABELS, type AssetBreakdown } from "@/lib/overview/breakdowns";
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS } from "@/lib/projects/status";
import { BillingSummaryCard, CustomerValueCard } from "./billing-cards";
import { Empty, OverviewCard, TallyRow } from "./overview-card";

function AssetColumn({ title, breakdown }: { title: string; breakdown: AssetBreakdown }) {
  return (
    <div data-testid={`assets-${title.toLowerCase().replace(/\s+/g, "-")}`}>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title} ({breakdown.total})</h4>
      {breakdown.total === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <dl className="mt-1 space-y-0.5">
          {breakdown.byType.map((tally) => <TallyRow key={`type-${tally.key}`} label={tally.key} count={tally.count} />)}
          <div className="my-1 border-t border-slate-100" />
          {breakdown.byStatus.map((tally) => (
            <TallyRow key={`status-${tally.key}`} label={ASSET_STATUS_LABELS[tally.key as keyof typeof ASSET_STATUS_LABELS] ?? tally.key} count={tally.count} />
          ))}
        </dl>
      )}
    </div>
  );
}

export function CustomerOverview({ customerId, overview }: { customerId: number; overview: Overview }) {
  const { projects, sites } = overview;
  return (
    <section aria-labelledby="overview-heading" className="space-y-3">
      <h2 id="overview-heading" className="sr-only">Overview</h2>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        <CustomerValueCard billing={projects.billing} recurring={overview.recurring} />
        <OverviewCard title="Projects" testId="overview-projects">
          <ul className="grid grid-cols-3 gap-2 text-center">
            {PROJECT_STATUSES.map((status) => (
              <li key={status}>
                <Link href={`/customers/${customerId}/projects?status=${status}`} className="block rounded-md border border-slate-200 px-2 py-1.5 hover:bg-slate-50">
                  <span data-testid={`projects-${status}`} className="block text-lg font-semibold tabular-nums">{projects.counts[status]}</span>
                  <span className="text-xs text-slate-500">{PROJECT_STATUS_LABELS[status]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </OverviewCard>
        <BillingSummaryCard billing={projects.billing} />
        <OverviewCard title="Assets" testId="overview-assets">
          <div className="grid grid-cols-2 gap-4">
            <AssetColumn title="On location" breakdown={overview.assetsOnLocation} />
            <AssetColumn title="Owned" breakdown={overview.assetsOwned} />
          </div>
        </OverviewCard>
        <OverviewCard title={`Sites (${sites.total})`} testId="overview-sites">
          {sites.total === 0 ? (
            <Empty>No sites yet.</Empty>
          ) : (
            <dl className="space-y-0.5">
              {sites.byCountry.map((tally) => <TallyRow key={`country-${tally.key}`} label={tally.key} count={tally.count} />)}
              <div className="my-1 border-t border-slate-100" />
              {sites.byStatus.map((tally) => (
                <TallyRow key={`status-${tally.key}`} label={LOCATION_STATUS_LABELS[tally.key as keyof typeof LOCATION_STATUS_LABELS] ?? tally.key} count={tally.count} />
              ))}
            </dl>
          )}
        </OverviewCard>
      </div>
    </section>
  );
}
