// Registry statuses as badges with words, never colour alone: red ends the company, amber is on the way.
import { companyStatusWarnings, type CompanyStatusKey } from "@/lib/registry/company-status";
import type { RegistryCompany } from "@/lib/registry/types";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<CompanyStatusKey, BadgeTone> = { removed: "red", bankrupt: "red", underLiquidation: "amber", forcedLiquidation: "amber" };

export function CompanyStatusBadges({ company }: { company: RegistryCompany }) {
  return (
    <>
      {companyStatusWarnings(company).map((warning) => (
        <Badge key={warning.key} tone={TONES[warning.key]}>{warning.label}</Badge>
      ))}
    </>
  );
}

/** Shown above the prefilled form, before anyone presses Create. */
export function CompanyStatusWarning({ company }: { company: RegistryCompany }) {
  const warnings = companyStatusWarnings(company);
  if (warnings.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">Check before creating: the registry reports</p>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((warning) => (
          <li key={warning.key}>
            <span className="font-medium">{warning.label}</span>: {warning.explanation}
          </li>
        ))}
      </ul>
    </div>
  );
}
