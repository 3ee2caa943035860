// Which file column feeds which customer field: matched by name and synonyms, editable by the
// user, and remembered (the user's last mapping wins for a header it named).
import { z } from "zod";

/** The customer fields an import can fill, in the order the mapping step lists them. */
export const IMPORT_FIELDS = [
  "name",
  "status",
  "organisationNumber",
  "externalId",
  "billingEmail",
  "billingContact",
  "addressLine1",
  "addressLine2",
  "postalCode",
  "city",
  "region",
  "country",
  "industryCode",
  "trialEndsAt",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** { fileHeader: field }; a header mapped to nothing is left out. */
export type ImportMapping = Record<string, ImportField>;

export const importMappingSchema = z.record(z.string().max(500), z.enum(IMPORT_FIELDS));

function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Names seen in CRM exports (English and Norwegian), normalized as above.
const SYNONYMS: Record<ImportField, string[]> = {
  name: ["name", "company", "companyname", "customer", "customername", "navn", "firma", "firmanavn", "organisation", "organization", "account", "accountname"],
  status: ["status", "customerstatus", "state"],
  organisationNumber: ["organisationnumber", "organizationnumber", "orgnr", "orgno", "orgnumber", "organisasjonsnummer", "vatnumber", "companynumber", "registrationnumber"],
  externalId: ["externalid", "crmid", "id", "customerid", "accountid", "recordid", "externalreference"],
  billingEmail: ["email", "billingemail", "invoiceemail", "epost", "mail", "emailaddress", "fakturaepost"],
  billingContact: ["billingcontact", "contact", "contactperson", "kontaktperson", "contactname"],
  addressLine1: ["address", "addressline1", "street", "streetaddress", "adresse", "address1"],
  addressLine2: ["addressline2", "address2"],
  postalCode: ["postalcode", "postcode", "zip", "zipcode", "postnummer", "postnr"],
  city: ["city", "town", "poststed", "sted", "by"],
  region: ["region", "state", "county", "province", "fylke"],
  country: ["country", "countrycode", "land"],
  industryCode: ["industrycode", "nace", "nacecode", "naeringskode", "sic"],
  trialEndsAt: ["trialends", "trialendsat", "trialend", "trialenddate"],
  notes: ["notes", "note", "comment", "comments", "description", "notater"],
};

const FIELD_BY_SYNONYM = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const synonym of SYNONYMS[field]) if (!FIELD_BY_SYNONYM.has(synonym)) FIELD_BY_SYNONYM.set(synonym, field);
}

/** The field a header names, if any. */
export function matchHeader(header: string): ImportField | undefined {
  return FIELD_BY_SYNONYM.get(normalizeHeader(header));
}

/** The default mapping for a file: the user's remembered choice for a header first, then the
 * name match. Each field is fed by at most one column (the first that claims it). */
export function suggestMapping(headers: string[], remembered: ImportMapping = {}): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<ImportField>();
  const claim = (header: string, field: ImportField | undefined) => {
    if (!field || used.has(field) || header in mapping) return;
    mapping[header] = field;
    used.add(field);
  };
  for (const header of headers) claim(header, remembered[header]);
  for (const header of headers) claim(header, matchHeader(header));
  return mapping;
}

/** Checks a mapping the user sent against the file's headers; returns a message or null. */
export function mappingProblem(headers: string[], mapping: ImportMapping): string | null {
  const fields = Object.values(mapping);
  if (!fields.includes("name")) return "Choose the column that holds the customer name.";
  const unknown = Object.keys(mapping).find((header) => !headers.includes(header));
  if (unknown !== undefined) return `The file has no column "${unknown}".`;
  const twice = fields.find((field, index) => fields.indexOf(field) !== index);
  if (twice) return `Two columns are mapped to the same field (${twice}); choose one.`;
  return null;
}
