// The Brønnøysund Register Centre's Enhetsregisteret (Norway): a key-less JSON API.
// Its answers are input like any other: parsed with zod, and every failure becomes a sentence a
// user can act on, within the timeout, so the page never hangs on a slow registry.
import { z } from "zod";
import { normalizeOrganisationNumber } from "./organisation-number";
import type { RegistryCompany, RegistryLookup, RegistryProvider, RegistrySearch } from "./types";

export const BRREG_DEFAULT_BASE_URL = "https://data.brreg.no/enhetsregisteret/api";
/** Whole request, body included; under the 5 s the page promises. */
export const BRREG_DEFAULT_TIMEOUT_MS = 4_000;
export const BRREG_SEARCH_PAGE_SIZE = 20;

const codeSchema = z.object({ kode: z.string(), beskrivelse: z.string().optional().default("") });

const addressSchema = z.object({
  adresse: z.array(z.string().nullable()).optional().default([]),
  postnummer: z.string().nullish(),
  poststed: z.string().nullish(),
  landkode: z.string().nullish(),
});

export const enhetSchema = z.object({
  organisasjonsnummer: z.string().regex(/^\d{9}$/),
  navn: z.string().min(1),
  organisasjonsform: codeSchema.nullish(),
  forretningsadresse: addressSchema.nullish(),
  postadresse: addressSchema.nullish(),
  naeringskode1: codeSchema.nullish(),
  konkurs: z.boolean().optional().default(false),
  underAvvikling: z.boolean().optional().default(false),
  underTvangsavviklingEllerTvangsopplosning: z.boolean().optional().default(false),
  slettedato: z.string().nullish(),
});
type Enhet = z.output<typeof enhetSchema>;

const searchSchema = z.object({
  _embedded: z.object({ enheter: z.array(enhetSchema) }).optional(),
  page: z.object({ totalElements: z.number().int().nonnegative() }).optional(),
});

const goneSchema = z.object({ organisasjonsnummer: z.string().optional(), slettedato: z.string().nullish() });

/** The business address, or the postal one for the few units registered without it. */
export function toCompany(enhet: Enhet): RegistryCompany {
  const address = enhet.forretningsadresse ?? enhet.postadresse ?? null;
  return {
    organisationNumber: enhet.organisasjonsnummer,
    name: enhet.navn,
    organisationForm: enhet.organisasjonsform ? { code: enhet.organisasjonsform.kode, description: enhet.organisasjonsform.beskrivelse } : null,
    addressLines: (address?.adresse ?? []).map((line) => (line ?? "").trim()).filter(Boolean),
    postalCode: address?.postnummer ?? null,
    city: address?.poststed ?? null,
    country: address?.landkode?.toUpperCase() ?? null,
    industryCode: enhet.naeringskode1?.kode ?? null,
    industryDescription: enhet.naeringskode1?.beskrivelse || null,
    bankrupt: enhet.konkurs,
    underLiquidation: enhet.underAvvikling,
    forcedLiquidation: enhet.underTvangsavviklingEllerTvangsopplosning,
    removed: Boolean(enhet.slettedato),
    removedOn: enhet.slettedato ?? null,
  };
}

const MANUAL_HINT = "You can still create the customer manually.";

type Fetched = { ok: true; status: number; body: unknown } | { ok: false; message: string };

export type BrregOptions = {
  baseUrl?: string;
  timeoutMs?: number;
};

export function createBrregProvider(options: BrregOptions = {}): RegistryProvider {
  const baseUrl = (options.baseUrl || BRREG_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? BRREG_DEFAULT_TIMEOUT_MS;

  /** GET a path; a status of 4xx comes back to the caller with its body, anything else is a
   * message. The timeout covers reading the body too. */
  async function get(path: string): Promise<Fetched> {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(`${baseUrl}${path}`, { signal, headers: { accept: "application/json" }, cache: "no-store" });
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, message: `The company registry is not available right now (HTTP ${response.status}). ${MANUAL_HINT}` };
      }
      const text = await response.text();
      let body: unknown = null;
      if (text.trim() !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          if (response.ok) return { ok: false, message: `The company registry sent an answer that could not be read. ${MANUAL_HINT}` };
        }
      }
      return { ok: true, status: response.status, body };
    } catch (error) {
      if (signal.aborted) {
        return { ok: false, message: `The company registry did not answer within ${Math.round(timeoutMs / 100) / 10} seconds. ${MANUAL_HINT}` };
      }
      console.warn("Company registry request failed", error);
      return { ok: false, message: `The company registry could not be reached. ${MANUAL_HINT}` };
    }
  }

  const unreadable = { kind: "error", message: `The company registry sent an answer that could not be read. ${MANUAL_HINT}` } as const;

  return {
    label: "Brønnøysund Register Centre (Norway)",

    async searchByName(name) {
      const query = name.trim();
      if (query.length < 2) return { kind: "invalid", message: "Type at least two characters of the company name." };
      const fetched = await get(`/enheter?navn=${encodeURIComponent(query.slice(0, 180))}&size=${BRREG_SEARCH_PAGE_SIZE}`);
      if (!fetched.ok) return { kind: "error", message: fetched.message };
      if (fetched.status !== 200) return { kind: "error", message: `The company registry refused the search (HTTP ${fetched.status}). ${MANUAL_HINT}` };
      const parsed = searchSchema.safeParse(fetched.body);
      if (!parsed.success) return unreadable;
      const companies = (parsed.data._embedded?.enheter ?? []).map(toCompany);
      return { kind: "results", companies, total: parsed.data.page?.totalElements ?? companies.length } satisfies RegistrySearch;
    },

    async getByOrganisationNumber(input) {
      const organisationNumber = normalizeOrganisationNumber(input);
      if (!organisationNumber) {
        return { kind: "invalid", message: `“${input.trim()}” is not a valid Norwegian organisation number (nine digits with a correct check digit).` };
      }
      const fetched = await get(`/enheter/${organisationNumber}`);
      if (!fetched.ok) return { kind: "error", message: fetched.message };
      switch (fetched.status) {
        case 200: {
          const parsed = enhetSchema.safeParse(fetched.body);
          return parsed.success ? { kind: "found", company: toCompany(parsed.data) } : unreadable;
        }
        case 404:
          return { kind: "not_found", organisationNumber };
        case 410: {
          const gone = goneSchema.safeParse(fetched.body);
          return { kind: "removed", organisationNumber, removedOn: gone.success ? gone.data.slettedato ?? null : null };
        }
        case 400:
          return { kind: "invalid", message: `The company registry does not accept ${organisationNumber} as an organisation number.` };
        default:
          return { kind: "error", message: `The company registry refused the lookup (HTTP ${fetched.status}). ${MANUAL_HINT}` } satisfies RegistryLookup;
      }
    },
  };
}
