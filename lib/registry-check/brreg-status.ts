// Brønnøysund's answer for one unit as a RegistryStatus. The unit JSON is parsed with the same
// schema as the create flow (lib/registry/brreg.ts), plus the dates each status began, which only
// the check needs. Unknown extra fields are ignored; a missing or mistyped known one is an error.
import { z } from "zod";
import { enhetSchema, toCompany } from "../registry/brreg";
import type { RegistryStatus } from "./types";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/).transform((value) => value.slice(0, 10)).nullish().catch(null);

const statusDatesSchema = z.object({
  konkursdato: date,
  underAvviklingDato: date,
  tvangsavvikletPgaManglendeSlettingDato: date,
  tvangsopplostPgaManglendeDagligLederDato: date,
  tvangsopplostPgaManglendeRevisorDato: date,
  tvangsopplostPgaManglendeRegnskapDato: date,
  tvangsopplostPgaMangelfulltStyreDato: date,
  registreringsdatoEnhetsregisteret: date,
  slettedato: date,
});

const FORCED_DATE_FIELDS = [
  "tvangsavvikletPgaManglendeSlettingDato",
  "tvangsopplostPgaManglendeDagligLederDato",
  "tvangsopplostPgaManglendeRevisorDato",
  "tvangsopplostPgaManglendeRegnskapDato",
  "tvangsopplostPgaMangelfulltStyreDato",
] as const;

function latest(dates: (string | null | undefined)[]): string | null {
  const present = dates.filter((value): value is string => Boolean(value)).sort();
  return present.at(-1) ?? null;
}

/** A short reason for an answer that does not fit the schema: which field, what was wrong. */
function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.join(".") || "the answer";
  return `unexpected content in the registry's answer (${path}: ${issue?.message ?? "invalid"})`;
}

export function parseBrregUnit(body: unknown): { ok: true; status: RegistryStatus } | { ok: false; error: string } {
  const parsed = enhetSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const company = toCompany(parsed.data);
  const dates = statusDatesSchema.parse(body);
  const forcedSince = latest(FORCED_DATE_FIELDS.map((field) => dates[field]));
  return {
    ok: true,
    status: {
      organisationNumber: company.organisationNumber,
      outcome: company.removed ? "removed" : "found",
      bankrupt: company.bankrupt,
      underLiquidation: company.underLiquidation,
      forcedLiquidation: company.forcedLiquidation,
      removed: company.removed,
      bankruptSince: company.bankrupt ? dates.konkursdato ?? null : null,
      liquidationSince: company.underLiquidation ? dates.underAvviklingDato ?? null : null,
      forcedSince: company.forcedLiquidation ? forcedSince : null,
      removedOn: company.removedOn ? company.removedOn.slice(0, 10) : null,
      name: company.name,
      addressLines: company.addressLines,
      postalCode: company.postalCode,
      city: company.city,
      country: company.country,
      changedOn: latest([
        dates.registreringsdatoEnhetsregisteret, dates.konkursdato, dates.underAvviklingDato, forcedSince, dates.slettedato,
      ]),
    },
  };
}

/** HTTP 410: the registry has deleted the unit and shows only its number and deletion date. */
export function removedStatus(organisationNumber: string, body: unknown): RegistryStatus {
  const gone = z.object({ slettedato: date }).safeParse(body);
  const removedOn = gone.success ? gone.data.slettedato ?? null : null;
  return { ...emptyStatus(organisationNumber, "removed"), removed: true, removedOn, changedOn: removedOn };
}

export function emptyStatus(organisationNumber: string, outcome: RegistryStatus["outcome"]): RegistryStatus {
  return {
    organisationNumber, outcome, bankrupt: false, underLiquidation: false, forcedLiquidation: false, removed: false,
    bankruptSince: null, liquidationSince: null, forcedSince: null, removedOn: null,
    name: null, addressLines: [], postalCode: null, city: null, country: null, changedOn: null,
  };
}
