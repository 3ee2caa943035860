// A registry company as the strings the customer form starts from: prefilled, and editable.
import type { RegistryCompany } from "./types";

export function registryCustomerValues(company: RegistryCompany): Record<string, string> {
  const [first = "", ...rest] = company.addressLines;
  return {
    name: company.name,
    status: "trial",
    organisationNumber: company.organisationNumber,
    industryCode: company.industryCode ?? "",
    addressLine1: first,
    // The form has two address lines; the registry allows three.
    addressLine2: rest.join(", "),
    postalCode: company.postalCode ?? "",
    city: company.city ?? "",
    country: company.country ?? "NO",
  };
}
