// The registry's answer to the search box. Awaited inside a Suspense boundary, so a slow registry
// delays only this list: the page and the manual form are already there.
import Link from "next/link";
import { formatOrganisationNumber } from "@/lib/registry/organisation-number";
import type { CompanyFinding } from "@/lib/registry/find-companies";
import type { ExistingCustomer } from "@/lib/registry/queries";
import { chooseCompanyHref } from "@/lib/registry/page-query";
import { buttonStyles } from "@/components/ui/button-styles";
import { CompanyStatusBadges } from "./company-status-badges";
import { RegistryMessage, RemovedCompanyMessage } from "./registry-message";

export type RegistryResultsData = { finding: CompanyFinding; existing: Record<string, ExistingCustomer[]> };

export async function RegistryResults({ query, data }: { query: string; data: Promise<RegistryResultsData> }) {
  const { finding, existing } = await data;
  if (finding.kind === "message") return <RegistryMessage tone={finding.tone}>{finding.message}</RegistryMessage>;
  if (finding.kind === "removed") return <RemovedCompanyMessage organisationNumber={finding.organisationNumber} removedOn={finding.removedOn} />;

  const { companies, total } = finding;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600" aria-live="polite">
        {total > companies.length
          ? `Showing the first ${companies.length} of ${total.toLocaleString("en-US")} companies; type more of the name to narrow the search.`
          : `${companies.length} ${companies.length === 1 ? "company" : "companies"} found.`}
      </p>
      <ul aria-label="Registry results" className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {companies.map((company) => {
          const already = existing[company.organisationNumber] ?? [];
          const place = [company.postalCode, company.city].filter(Boolean).join(" ");
          return (
            <li key={company.organisationNumber} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0 space-y-0.5">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {company.name}
                  <CompanyStatusBadges company={company} />
                </p>
                <p className="text-sm text-slate-600">
                  Org. nr {formatOrganisationNumber(company.organisationNumber)}
                  {company.organisationForm && <> · {company.organisationForm.code}</>}
                  {place && <> · {place}</>}
                  {company.industryCode && <> · {company.industryCode} {company.industryDescription}</>}
                </p>
                {already.length > 0 && (
                  <p className="text-sm text-slate-600">
                    Already a customer:{" "}
                    {already.map((customer, index) => (
                      <span key={customer.id}>
                        {index > 0 && ", "}
                        <Link href={`/customers/${customer.id}`} className="text-indigo-700 underline">
                          {customer.name} (#{customer.id}){customer.archived ? ", archived" : ""}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </div>
              {company.removed ? (
                <p className="text-sm text-red-700">Removed from the registry: cannot be used.</p>
              ) : (
                <Link href={chooseCompanyHref(query, company.organisationNumber)} className={buttonStyles.secondary} aria-label={`Use this company: ${company.name}`}>
                  Use this company
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
