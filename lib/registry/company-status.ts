// The registry statuses a user must see before creating a customer from a company.
import type { RegistryCompany } from "./types";

export type CompanyStatusKey = "removed" | "bankrupt" | "underLiquidation" | "forcedLiquidation";

/** Status warnings worth showing before a customer is created from this company. */
export function companyStatusWarnings(company: Pick<RegistryCompany, "bankrupt" | "underLiquidation" | "forcedLiquidation" | "removed" | "removedOn">) {
  const warnings: { key: CompanyStatusKey; label: string; explanation: string }[] = [];
  if (company.removed) {
    warnings.push({
      key: "removed",
      label: "Slettet",
      explanation: `Removed from the registry${company.removedOn ? ` on ${company.removedOn}` : ""}; it no longer exists as a company.`,
    });
  }
  if (company.bankrupt) warnings.push({ key: "bankrupt", label: "Konkurs", explanation: "The company is in bankruptcy proceedings." });
  if (company.underLiquidation) warnings.push({ key: "underLiquidation", label: "Under avvikling", explanation: "The company is being dissolved (wound up)." });
  if (company.forcedLiquidation) {
    warnings.push({
      key: "forcedLiquidation",
      label: "Under tvangsavvikling",
      explanation: "The company is being compulsorily dissolved.",
    });
  }
  return warnings;
}
