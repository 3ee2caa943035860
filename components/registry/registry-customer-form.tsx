// The create form prefilled from the chosen registry company, with its statuses shown before
// Create. When the company cannot be used (removed, unknown, registry down) the manual form is
// shown instead, so creating a customer never depends on the registry.
import Link from "next/link";
import { createRegistryCustomerAction } from "@/lib/customers/actions";
import type { CustomerFormOptions } from "@/lib/customers/queries";
import { registryCustomerValues } from "@/lib/registry/customer-values";
import { formatOrganisationNumber } from "@/lib/registry/organisation-number";
import type { ExistingCustomer } from "@/lib/registry/queries";
import type { RegistryLookup } from "@/lib/registry/types";
import { CustomerForm } from "@/components/customers/customer-form";
import { CompanyStatusWarning } from "./company-status-badges";
import { RegistryMessage, RemovedCompanyMessage } from "./registry-message";

export type RegistryCustomerData = { lookup: RegistryLookup; existing: ExistingCustomer[] };

type Props = { data: Promise<RegistryCustomerData>; options: CustomerFormOptions; manualForm: React.ReactNode };

export async function RegistryCustomerForm({ data, options, manualForm }: Props) {
  const { lookup, existing } = await data;
  if (lookup.kind !== "found" || lookup.company.removed) {
    return (
      <>
        {lookup.kind === "found" && <RemovedCompanyMessage organisationNumber={lookup.company.organisationNumber} removedOn={lookup.company.removedOn} />}
        {lookup.kind === "removed" && <RemovedCompanyMessage organisationNumber={lookup.organisationNumber} removedOn={lookup.removedOn} />}
        {lookup.kind === "not_found" && (
          <RegistryMessage tone="info">No company has the organisation number {formatOrganisationNumber(lookup.organisationNumber)}.</RegistryMessage>
        )}
        {(lookup.kind === "invalid" || lookup.kind === "error") && (
          <RegistryMessage tone={lookup.kind === "error" ? "error" : "info"}>{lookup.message}</RegistryMessage>
        )}
        {manualForm}
      </>
    );
  }

  const { company } = lookup;
  return (
    <section aria-labelledby="registry-form-heading" className="space-y-3">
      <div>
        <h2 id="registry-form-heading" className="text-lg font-semibold">Create from the registry: {company.name}</h2>
        <p className="text-sm text-slate-500">
          Prefilled from Brønnøysundregistrene (org. nr {formatOrganisationNumber(company.organisationNumber)}
          {company.industryDescription ? `, ${company.industryDescription}` : ""}). Check and change anything before creating.
        </p>
      </div>
      <CompanyStatusWarning company={company} />
      {existing.length > 0 && (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          This organisation number is already a customer:{" "}
          {existing.map((customer, index) => (
            <span key={customer.id}>
              {index > 0 && ", "}
              <Link href={`/customers/${customer.id}`} className="text-indigo-700 underline">{customer.name} (#{customer.id})</Link>
            </span>
          ))}
          .
        </p>
      )}
      <CustomerForm
        action={createRegistryCustomerAction}
        initialValues={registryCustomerValues(company)}
        options={options}
        submitLabel="Create customer"
        cancelHref="/customers/new"
      />
    </section>
  );
}
