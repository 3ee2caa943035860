import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requirePagePermission } from "@/lib/auth/session";
import { createCustomerAction } from "@/lib/customers/actions";
import { getCustomerFormOptions } from "@/lib/customers/queries";
import { getRegistryProvider } from "@/lib/registry";
import { findCompanies } from "@/lib/registry/find-companies";
import { normalizeOrganisationNumber } from "@/lib/registry/organisation-number";
import { parseNewCustomerQuery } from "@/lib/registry/page-query";
import { findCustomersByOrganisationNumbers } from "@/lib/registry/queries";
import { CustomerForm } from "@/components/customers/customer-form";
import { RegistryCustomerForm, type RegistryCustomerData } from "@/components/registry/registry-customer-form";
import { RegistryResults, type RegistryResultsData } from "@/components/registry/registry-results";
import { RegistrySearchForm } from "@/components/registry/registry-search-form";

export const metadata: Metadata = { title: "New customer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function searchRegistry(query: string): Promise<RegistryResultsData> {
  const finding = await findCompanies(getRegistryProvider(), query);
  const numbers = finding.kind === "results" ? finding.companies.map((company) => company.organisationNumber) : [];
  return { finding, existing: await findCustomersByOrganisationNumbers(numbers) };
}

async function lookUpCompany(orgnr: string): Promise<RegistryCustomerData> {
  const lookup = await getRegistryProvider().getByOrganisationNumber(orgnr);
  const number = normalizeOrganisationNumber(orgnr);
  const existing = lookup.kind === "found" && number ? (await findCustomersByOrganisationNumbers([number]))[number] ?? [] : [];
  return { lookup, existing };
}

export default async function NewCustomerPage({ searchParams }: Props) {
  await requirePagePermission("customers.write", "/customers/new");
  const query = parseNewCustomerQuery(await searchParams);
  const options = await getCustomerFormOptions();
  // Started here, awaited inside Suspense: the registry (up to its timeout) never holds up the page.
  const results = query.registry && !query.orgnr ? searchRegistry(query.registry) : null;
  const company = query.orgnr ? lookUpCompany(query.orgnr) : null;

  const manualForm = (
    <section aria-labelledby="manual-heading" className="space-y-3">
      <h2 id="manual-heading" className="text-lg font-semibold">Enter the details manually</h2>
      <CustomerForm action={createCustomerAction} initialValues={{ status: "trial" }} options={options} submitLabel="Create customer" cancelHref="/customers" />
    </section>
  );

  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New customer</h1>
        <p className="text-sm text-slate-500">Only the name is required; everything else can be filled in later. Or start from the company registry.</p>
      </div>

      <section aria-labelledby="registry-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="registry-heading" className="text-lg font-semibold">Find in the company registry (Norway)</h2>
        <RegistrySearchForm query={query.registry} />
        {results && (
          <Suspense key={query.registry} fallback={<p role="status" className="text-sm text-slate-500">Searching the registry…</p>}>
            <RegistryResults query={query.registry} data={results} />
          </Suspense>
        )}
        {company && (
          <p className="text-sm">
            <Link href={query.registry ? `/customers/new?registry=${encodeURIComponent(query.registry)}` : "/customers/new"} className="text-indigo-700 underline">
              {query.registry ? "Back to the search results" : "Clear the chosen company"}
            </Link>
          </p>
        )}
      </section>

      {company ? (
        <Suspense key={query.orgnr} fallback={<p role="status" className="text-sm text-slate-500">Loading the company from the registry…</p>}>
          <RegistryCustomerForm data={company} options={options} manualForm={manualForm} />
        </Suspense>
      ) : (
        manualForm
      )}
    </section>
  );
}
