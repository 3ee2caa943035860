// Which file column feeds which customer field: matched by name and synonyms, editable by the
// user, and remembered (the user's last mapping wins for a header it named).
import { z } from "zod";
import { CUSTOMER_FIELDS, IMPORT_FIELDS, type ImportField } from "../customers/fields";

/** The customer fields an import can fill, in the order the mapping step lists them: the
 * declaration's (lib/customers/fields.ts). */
export { IMPORT_FIELDS, type ImportField };

/** { fileHeader: field }; a header mapped to nothing is left out. */
export type ImportMapping = Record<string, ImportField>;

export const importMappingSchema = z.record(z.string().max(500), z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]]));

function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Names seen in CRM exports (English and Norwegian), normalized as above; each field declares its
// own (fields.ts), and the field's own name always matches.
const SYNONYMS = new Map<ImportField, readonly string[]>(
  CUSTOMER_FIELDS.filter((def) => def.import).map((def) => [def.name as ImportField, ["importSynonyms" in def ? def.importSynonyms : [], normalizeHeader(def.name)].flat()]),
);

const FIELD_BY_SYNONYM = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const synonym of SYNONYMS.get(field) ?? []) if (!FIELD_BY_SYNONYM.has(synonym)) FIELD_BY_SYNONYM.set(synonym, field);
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
