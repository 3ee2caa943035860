// The URL of /customers/new: ?registry=<name or number> searches, ?orgnr=<number> picks a company.
// Bad values fall back to "nothing asked", never an error page.
import { z } from "zod";
import { MAX_REGISTRY_QUERY_LENGTH } from "./find-companies";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const newCustomerQuerySchema = z.object({
  registry: z.preprocess(first, z.string().trim().max(MAX_REGISTRY_QUERY_LENGTH)).catch(""),
  orgnr: z.preprocess(first, z.string().trim().max(40)).catch(""),
});
export type NewCustomerQuery = z.output<typeof newCustomerQuerySchema>;

export function parseNewCustomerQuery(params: Record<string, string | string[] | undefined>): NewCustomerQuery {
  return newCustomerQuerySchema.parse(params);
}

/** The link that chooses a company, keeping the search so the user can go back to it. */
export function chooseCompanyHref(query: string, organisationNumber: string): string {
  const params = new URLSearchParams();
  if (query) params.set("registry", query);
  params.set("orgnr", organisationNumber);
  return `/customers/new?${params}`;
}
