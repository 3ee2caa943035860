// The company-registry contract: what the app needs from a registry, whichever country's it is.
// Providers normalize their own JSON into RegistryCompany; pages and actions see only this.

export type RegistryCompany = {
  /** Nine digits, no spaces. */
  organisationNumber: string;
  name: string;
  /** Legal form, e.g. "AS" / "Aksjeselskap". */
  organisationForm: { code: string; description: string } | null;
  addressLines: string[];
  postalCode: string | null;
  city: string | null;
  /** ISO 3166 alpha-2. */
  country: string | null;
  industryCode: string | null;
  industryDescription: string | null;
  bankrupt: boolean;
  underLiquidation: boolean;
  forcedLiquidation: boolean;
  removed: boolean;
  /** "YYYY-MM-DD" when the registry has removed (deleted) the company. */
  removedOn: string | null;
};

export type RegistryLookup =
  | { kind: "found"; company: RegistryCompany }
  | { kind: "not_found"; organisationNumber: string }
  /** HTTP 410: the registry no longer shows the company at all. */
  | { kind: "removed"; organisationNumber: string; removedOn: string | null }
  | { kind: "invalid"; message: string }
  | { kind: "error"; message: string };

export type RegistrySearch =
  | { kind: "results"; companies: RegistryCompany[]; total: number }
  | { kind: "invalid"; message: string }
  | { kind: "error"; message: string };

export interface RegistryProvider {
  /** Shown in the UI, e.g. "Brønnøysund Register Centre (Norway)". */
  readonly label: string;
  searchByName(name: string): Promise<RegistrySearch>;
  /** Validates the number (check digit) before asking the registry. */
  getByOrganisationNumber(organisationNumber: string): Promise<RegistryLookup>;
}
