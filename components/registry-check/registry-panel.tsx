// The customer page's "Company registry" section: what Brønnøysund said at the last check, when,
// whether the last check failed (the earlier answer stays), and where our name or address differ
// from the registry's, with the controls for account managers.
import type { RegistryPanel as Panel } from "@/lib/registry-check/queries";
import { formatOrganisationNumber } from "@/lib/registry/organisation-number";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { CheckNowButton } from "./check-now-button";
import { TakeValuesButton } from "./take-values-button";

type Props = { customerId: number; panel: Panel; canCheck: boolean };

export function RegistryPanel({ customerId, panel, canCheck }: Props) {
  const { check, differences } = panel;
  return (
    <section aria-labelledby="registry-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="registry-heading" className="border-b border-slate-100 px-4 py-3 text-sm font-semibold">Company registry</h2>
      <div className="space-y-3 px-4 py-3 text-sm">
        {!panel.organisationNumber && <p className="text-slate-600">No organisation number: the registry check needs a Norwegian one.</p>}
        {panel.organisationNumber && !check && <p className="text-slate-600">Not checked against the registry yet.</p>}
        {check && (
          <>
            <p data-testid="registry-status" className={check.finding ? "font-semibold text-red-800" : "text-slate-900"}>
              Brønnøysund register: {check.outcome === null ? "no answer yet" : check.status}
              {check.registryName && <span className="font-normal text-slate-600"> ({check.registryName}, {formatOrganisationNumber(check.organisationNumber)})</span>}
            </p>
            <p className="text-slate-500">
              Last checked {formatDateTimeUtc(check.checkedAt)}
              {check.answeredAt && check.lastError && <> · last answer {formatDateTimeUtc(check.answeredAt)}</>}
              {check.registryChangedOn && <> · registry date {check.registryChangedOn}</>}
            </p>
            {check.lastError && (
              <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
                The last check failed{check.lastErrorAt ? ` (${formatDateTimeUtc(check.lastErrorAt)})` : ""}: {check.lastError}.
                {check.outcome !== null && " The earlier answer above is kept."}
              </p>
            )}
            {check.forOtherNumber && (
              <p className="text-amber-800">This answer is for {formatOrganisationNumber(check.organisationNumber)}, not the customer&apos;s current number; check again.</p>
            )}
          </>
        )}
        {differences.length > 0 && (
          <div className="space-y-2" data-testid="registry-differences">
            <p className="font-medium text-amber-800">Name or address differs from the registry</p>
            <table className="min-w-full text-left">
              <thead className="text-slate-500">
                <tr><th scope="col" className="py-1 pr-4 font-medium">Field</th><th scope="col" className="py-1 pr-4 font-medium">Ours</th><th scope="col" className="py-1 font-medium">Registry</th></tr>
              </thead>
              <tbody>
                {differences.map((difference) => (
                  <tr key={difference.field}>
                    <th scope="row" className="py-1 pr-4 font-normal text-slate-500">{difference.label}</th>
                    <td className="py-1 pr-4">{difference.ours || "—"}</td>
                    <td className="py-1">{difference.registry || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {canCheck && <TakeValuesButton customerId={customerId} />}
          </div>
        )}
        {canCheck && panel.organisationNumber && <CheckNowButton customerId={customerId} />}
      </div>
    </section>
  );
}
