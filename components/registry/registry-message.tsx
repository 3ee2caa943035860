// What the registry said when it has no company to offer: a hint, a failure, or a removed company.
import { formatOrganisationNumber } from "@/lib/registry/organisation-number";

export function RegistryMessage({ tone, children }: { tone: "info" | "error"; children: React.ReactNode }) {
  return tone === "error" ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{children}</p>
  ) : (
    <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{children}</p>
  );
}

export function RemovedCompanyMessage({ organisationNumber, removedOn }: { organisationNumber: string; removedOn: string | null }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
      <p className="font-semibold">
        {formatOrganisationNumber(organisationNumber)} was removed from the registry{removedOn ? ` on ${removedOn}` : ""} (Slettet).
      </p>
      <p>A customer cannot be created from a removed company. If you still need one, enter its details manually below.</p>
    </div>
  );
}
