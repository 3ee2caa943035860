// One search box for both ways people look a company up: digits are an organisation number
// (checked, then looked up), anything else is a name search.
import { looksLikeOrganisationNumber } from "./organisation-number";
import type { RegistryCompany, RegistryProvider } from "./types";

export const MAX_REGISTRY_QUERY_LENGTH = 180;

export type CompanyFinding =
  | { kind: "results"; companies: RegistryCompany[]; total: number }
  | { kind: "removed"; organisationNumber: string; removedOn: string | null }
  | { kind: "message"; tone: "info" | "error"; message: string };

export async function findCompanies(provider: RegistryProvider, rawQuery: string): Promise<CompanyFinding> {
  const query = rawQuery.trim().slice(0, MAX_REGISTRY_QUERY_LENGTH);
  if (looksLikeOrganisationNumber(query)) {
    const lookup = await provider.getByOrganisationNumber(query);
    switch (lookup.kind) {
      case "found":
        return { kind: "results", companies: [lookup.company], total: 1 };
      case "removed":
        return lookup;
      case "not_found":
        return { kind: "message", tone: "info", message: `No company has the organisation number ${lookup.organisationNumber}.` };
      case "invalid":
        return { kind: "message", tone: "info", message: lookup.message };
      case "error":
        return { kind: "message", tone: "error", message: lookup.message };
    }
  }
  const search = await provider.searchByName(query);
  if (search.kind === "results") {
    return search.companies.length === 0 ? { kind: "message", tone: "info", message: `No company in the registry matches “${query}”.` } : search;
  }
  return { kind: "message", tone: search.kind === "error" ? "error" : "info", message: search.message };
}
