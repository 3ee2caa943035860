// The customer's fields, declared once. Every consumer reads this list: the form and its values,
// the input schemas (console, API, registry, import), createCustomer/updateCustomer and the batch
// writers, the API's JSON and OpenAPI document, the import's mapping, the export's columns, the
// audit snapshot and labels, the details page and the search text. A new field is one entry here
// plus its column (docs/decisions/013-customer-field-declaration.md).
import { z } from "zod";
import type { Customer } from "../../generated/prisma/client";
import { riskJsonSchema, toRiskJson } from "../risk/json";
import * as rule from "./field-rules";
import { CUSTOMER_ORIGINS, CUSTOMER_STATUSES } from "./statuses";
import { customerMoneyJson, moneyJsonSchema } from "../subscriptions/revenue-json";

/** A stored customer with whichever relations the reader loaded. */
export type CustomerSource = Partial<Customer> & {
  partner?: { id?: number; name: string } | null;
  accountManager?: { id?: number; name: string } | null;
  tags?: { tag: { name: string } }[];
  warnings?: { rule: string }[];
  settings?: { currency: string } | null;
};

export type FormSection = "customer" | "billing" | "address" | "notes";
export type FormControl = "text" | "email" | "date" | "url" | "status" | "partner" | "accountManager" | "textarea";
export type DetailsKind = "text" | "link" | "date" | "datetime" | "origin" | "address" | "notes";

type FieldDef = {
  name: string;
  label: string;
  /** The rule of the console's form and the import; absent for read-only fields. */
  rule?: z.ZodType;
  /** Where the API or the registry form read the same field differently. */
  apiRule?: z.ZodType;
  registryRule?: z.ZodType;
  console: boolean;
  api: boolean;
  import: boolean;
  /** A column of Customer by this name, written as the input gives it (batch writers). */
  column: boolean;
  /** Where the field sits in the search text (lower first), or false. */
  searched: false | number;
  exported: false | { width: number };
  /** The audit snapshot's key and value; the key is also the audit label's. */
  audit: false | { key: string; value?: (customer: CustomerSource) => unknown };
  json: { key: string; schema: z.ZodType; value?: (customer: CustomerSource) => unknown };
  form?: {
    section: FormSection; control: FormControl; placeholder?: string; maxLength?: number; uppercase?: boolean; required?: boolean;
    /** The form's text for a stored customer; the stored value as text when absent. */
    value?: (customer: CustomerSource) => string;
  };
  details?: { label: string; kind: DetailsKind; hideWhenEmpty?: boolean };
  /** Header names (normalized: lower case, letters and digits) the import maps to this field. */
  importSynonyms?: readonly string[];
};

export type FormSpec = NonNullable<FieldDef["form"]>;
export type DetailsSpec = NonNullable<FieldDef["details"]>;

const field = <const F extends FieldDef>(def: F) => def;
const text = z.string().nullable();
const namedRef = z.object({ id: z.number().int(), name: z.string() }).nullable();
const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const isoTime = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const tagNames = (customer: CustomerSource) => (customer.tags ?? []).map((t) => t.tag.name).sort();
const idText = (id: number | null | undefined) => (id ? String(id) : "");

type TextBase<N extends string> = {
  name: N; label: string; rule: ReturnType<typeof rule.optionalText>; console: true; api: true; import: true; column: true;
  searched: false; exported: false; audit: { key: N }; json: { key: N; schema: typeof text };
};

/** An optional text column, editable everywhere, audited under its own name; `extra` overrides. */
function textField<const N extends string, const E extends Partial<FieldDef>>(name: N, label: string, max: number, extra: E): Omit<TextBase<N>, keyof E> & E {
  const base: TextBase<N> = {
    name, label, rule: rule.optionalText(max, label), console: true, api: true, import: true, column: true, searched: false, exported: false,
    audit: { key: name }, json: { key: name, schema: text },
  };
  return { ...base, ...extra };
}

export const CUSTOMER_FIELDS = [
  field({
    name: "name", label: "Name", rule: rule.requiredName, console: true, api: true, import: true, column: true, searched: 1,
    exported: { width: 36 }, audit: { key: "name" }, json: { key: "name", schema: z.string() },
    form: { section: "customer", control: "text", maxLength: 200, required: true },
    importSynonyms: ["name", "company", "companyname", "customer", "customername", "navn", "firma", "firmanavn", "organisation", "organization", "account", "accountname"],
  }),
  field({
    name: "status", label: "Status", rule: rule.statusRule, console: true, api: true, import: true, column: true, searched: false,
    exported: { width: 12 }, audit: { key: "status" }, json: { key: "status", schema: z.enum(CUSTOMER_STATUSES) },
    form: { section: "customer", control: "status" }, details: { label: "Status", kind: "text" },
    importSynonyms: ["status", "customerstatus", "state"],
  }),
  field({
    name: "partnerId", label: "Partner", rule: rule.optionalId, console: true, api: true, import: false, column: true, searched: false,
    exported: false, audit: { key: "partner", value: (c) => c.partner?.name ?? null },
    json: { key: "partner", schema: namedRef, value: (c) => c.partner ?? null },
    form: { section: "customer", control: "partner", value: (c) => idText(c.partnerId) }, details: { label: "Partner", kind: "text" },
  }),
  field({
    name: "tags", label: "Tags", rule: rule.tagsRule, apiRule: rule.apiTagsRule, console: true, api: true, import: false, column: false, searched: false,
    exported: false, audit: { key: "tags", value: (c) => tagNames(c).join(", ") },
    json: { key: "tags", schema: z.array(z.string()), value: tagNames },
    form: { section: "customer", control: "text", placeholder: "vip, pilot", value: (c) => (c.tags ?? []).map((t) => t.tag.name).join(", ") },
    details: { label: "Tags", kind: "text" },
  }),
  field({
    name: "accountManagerId", label: "Account manager", rule: rule.optionalId, console: true, api: true, import: false, column: true, searched: false,
    exported: { width: 22 }, audit: { key: "accountManager", value: (c) => c.accountManager?.name ?? null },
    json: { key: "accountManager", schema: namedRef, value: (c) => c.accountManager ?? null },
    form: { section: "customer", control: "accountManager", value: (c) => idText(c.accountManagerId) }, details: { label: "Account Manager", kind: "text" },
  }),
  textField("addressLine1", "Address line 1", 200, {
    form: { section: "address", control: "text" }, details: { label: "Address", kind: "address" },
    importSynonyms: ["address", "addressline1", "street", "streetaddress", "adresse", "address1"],
  }),
  textField("addressLine2", "Address line 2", 200, { form: { section: "address", control: "text" }, importSynonyms: ["addressline2", "address2"] }),
  textField("postalCode", "Postal code", 20, {
    form: { section: "address", control: "text" }, importSynonyms: ["postalcode", "postcode", "zip", "zipcode", "postnummer", "postnr"],
  }),
  textField("city", "City", 100, { searched: 4, form: { section: "address", control: "text" }, importSynonyms: ["city", "town", "poststed", "sted", "by"] }),
  textField("region", "Region", 100, {
    form: { section: "address", control: "text" }, importSynonyms: ["region", "state", "county", "province", "fylke"],
  }),
  textField("country", "Country", 2, {
    rule: rule.countryRule, exported: { width: 9 }, json: { key: "country", schema: text.describe("ISO 3166-1 alpha-2") },
    form: { section: "address", control: "text", placeholder: "US", maxLength: 2, uppercase: true }, importSynonyms: ["country", "countrycode", "land"],
  }),
  textField("billingEmail", "Billing email", 254, {
    rule: rule.emailRule, searched: 2, form: { section: "billing", control: "email" }, details: { label: "Billing Email", kind: "text" },
    importSynonyms: ["email", "billingemail", "invoiceemail", "epost", "mail", "emailaddress", "fakturaepost"],
  }),
  textField("billingContact", "Billing contact", 200, {
    form: { section: "billing", control: "text" }, details: { label: "Billing Contact", kind: "text" },
    importSynonyms: ["billingcontact", "contact", "contactperson", "kontaktperson", "contactname"],
  }),
  textField("organisationNumber", "Organisation number", 40, {
    rule: rule.organisationNumberRule, registryRule: rule.registryOrganisationNumberRule, searched: 3,
    form: { section: "customer", control: "text", maxLength: 40 }, details: { label: "Organisation Number", kind: "text" },
    importSynonyms: ["organisationnumber", "organizationnumber", "orgnr", "orgno", "orgnumber", "organisasjonsnummer", "vatnumber", "companynumber", "registrationnumber"],
  }),
  textField("industryCode", "Industry code", 20, {
    form: { section: "customer", control: "text", maxLength: 20 }, details: { label: "Industry Code", kind: "text" },
    importSynonyms: ["industrycode", "nace", "nacecode", "naeringskode", "sic"],
  }),
  // The customer's id in another system (a CRM); imports and the API match on it.
  textField("externalId", "External id", 100, {
    form: { section: "customer", control: "text", maxLength: 100 }, details: { label: "External Id", kind: "text" },
    importSynonyms: ["externalid", "crmid", "id", "customerid", "accountid", "recordid", "externalreference"],
  }),
  field({
    name: "trialEndsAt", label: "Trial ends", rule: rule.dateRule("trial end"), console: true, api: true, import: true, column: true, searched: false,
    exported: false, audit: { key: "trialEndsAt" }, json: { key: "trialEndsAt", schema: z.iso.date().nullable(), value: (c) => isoDay(c.trialEndsAt) },
    form: { section: "customer", control: "date", value: (c) => isoDay(c.trialEndsAt) ?? "" }, details: { label: "Trial Ends", kind: "date", hideWhenEmpty: true },
    importSynonyms: ["trialends", "trialendsat", "trialend", "trialenddate"],
  }),
  textField("website", "Website", rule.WEBSITE_MAX_LENGTH, {
    rule: rule.websiteRule, searched: 5, exported: { width: 40 }, form: { section: "customer", control: "url", placeholder: "https://example.com" },
    details: { label: "Website", kind: "link" }, importSynonyms: ["website", "web", "homepage", "webpage", "webaddress", "hjemmeside", "nettside", "nettsted"],
  }),
  field({
    name: "id", label: "Id", console: false, api: false, import: false, column: false, searched: false,
    exported: { width: 10 }, audit: false, json: { key: "id", schema: z.number().int() },
  }),
  field({
    name: "warnings", label: "Warnings", console: false, api: false, import: false, column: false, searched: false, exported: { width: 40 }, audit: false,
    json: {
      key: "warnings", schema: z.array(z.string()).describe("Ids of the customer's current warning rules, e.g. paying_without_contract"),
      value: (c) => (c.warnings ?? []).map((w) => w.rule).sort(),
    },
  }),
  field({
    name: "risk", label: "Risk", console: false, api: false, import: false, column: false, searched: false, exported: false, audit: false,
    json: { key: "risk", schema: riskJsonSchema, value: toRiskJson },
  }),
  field({
    name: "createdAt", label: "Created", console: false, api: false, import: false, column: false, searched: false,
    exported: { width: 12 }, audit: false, json: { key: "createdAt", schema: z.iso.datetime(), value: (c) => isoTime(c.createdAt) },
    details: { label: "Created", kind: "datetime" },
  }),
  field({
    name: "updatedAt", label: "Updated", console: false, api: false, import: false, column: false, searched: false,
    exported: false, audit: false, json: { key: "updatedAt", schema: z.iso.datetime(), value: (c) => isoTime(c.updatedAt) },
    details: { label: "Updated", kind: "datetime" },
  }),
  field({
    name: "origin", label: "Origin", console: false, api: false, import: false, column: false, searched: false,
    exported: { width: 12 }, audit: { key: "origin" }, json: { key: "origin", schema: z.enum(CUSTOMER_ORIGINS) }, details: { label: "Origin", kind: "origin" },
  }),
  field({
    name: "archivedAt", label: "Archived at", console: false, api: false, import: false, column: false, searched: false,
    exported: false, audit: { key: "archivedAt" }, json: { key: "archivedAt", schema: z.iso.datetime().nullable(), value: (c) => isoTime(c.archivedAt) },
    details: { label: "Archived", kind: "datetime", hideWhenEmpty: true },
  }),
  // Stored revenue (lib/subscriptions/refresh-revenue.ts), read-only; money as in decision 020.
  field({
    name: "mrrMinor", label: "MRR", console: false, api: false, import: false, column: false, searched: false, exported: false, audit: false,
    json: { key: "mrr", schema: moneyJsonSchema.describe("MRR of the active lines in the customer's currency"), value: (c) => customerMoneyJson(c.mrrMinor, c.settings) },
  }),
  field({
    name: "arrMinor", label: "ARR", console: false, api: false, import: false, column: false, searched: false, exported: false, audit: false,
    json: { key: "arr", schema: moneyJsonSchema.describe("ARR: exactly 12 x mrr"), value: (c) => customerMoneyJson(c.arrMinor, c.settings) },
  }),
  field({
    name: "subscriptionCount", label: "Subscriptions", console: false, api: false, import: false, column: false, searched: false, exported: false, audit: false,
    json: { key: "subscriptionCount", schema: z.number().int().describe("Active subscription lines, in any currency"), value: (c) => c.subscriptionCount ?? 0 },
  }),
  field({
    name: "userCount", label: "Users", console: false, api: false, import: false, column: false, searched: false, exported: false, audit: false,
    json: { key: "userCount", schema: z.number().int(), value: (c) => c.userCount ?? 0 },
  }),
  textField("notes", "Notes", 5000, { form: { section: "notes", control: "textarea" }, details: { label: "Notes", kind: "notes" }, importSynonyms: ["notes", "note", "comment", "comments", "description", "notater"] }),
] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type CustomerFieldName = CustomerField["name"];

/** Where a field's input comes from. "registry" is the console's create form prefilled from the
 * company registry. */
export type InputUse = "console" | "api" | "import" | "registry";
type EditableIn<U extends InputUse> = Extract<CustomerField, { [K in U extends "registry" ? "console" : U]: true }>;
type RuleFor<F, U extends InputUse> = U extends "api"
  ? F extends { apiRule: infer R } ? R : F extends { rule: infer R } ? R : never
  : U extends "registry"
    ? F extends { registryRule: infer R } ? R : F extends { rule: infer R } ? R : never
    : F extends { rule: infer R } ? R : never;
export type InputShape<U extends InputUse> = { [F in EditableIn<U> as F["name"]]: RuleFor<F, U> };

export function isEditableIn(def: CustomerField, use: InputUse): boolean {
  return def[use === "registry" ? "console" : use];
}

/** The zod shape of one use's input, each field with that use's rule. */
export function inputShape<U extends InputUse>(use: U): InputShape<U> {
  const entries = CUSTOMER_FIELDS.filter((def) => isEditableIn(def, use)).map((def) => {
    const specific = use === "api" && "apiRule" in def ? def.apiRule : use === "registry" && "registryRule" in def ? def.registryRule : undefined;
    return [def.name, specific ?? ("rule" in def ? def.rule : undefined)];
  });
  return Object.fromEntries(entries) as InputShape<U>;
}

export type ImportField = EditableIn<"import">["name"];
export const IMPORT_FIELDS = CUSTOMER_FIELDS.filter((def) => def.import).map((def) => def.name) as ImportField[];

/** Fields stored as a Customer column of the same name (the batch writers' column list). */
export type ColumnField = Extract<CustomerField, { column: true }>["name"];
export const COLUMN_FIELDS = CUSTOMER_FIELDS.filter((def) => def.column).map((def) => def.name) as ColumnField[];

export type SearchedField = Extract<CustomerField, { searched: number }>["name"];
export const SEARCHED_FIELDS = CUSTOMER_FIELDS.filter((def) => def.searched !== false)
  .sort((a, b) => Number(a.searched) - Number(b.searched))
  .map((def) => def.name) as SearchedField[];

export type ExportedField = Extract<CustomerField, { exported: { width: number } }>;
export const EXPORTED_FIELDS = CUSTOMER_FIELDS.filter((def): def is ExportedField => def.exported !== false);

export type FormField = Extract<CustomerField, { form: object }>;
export const FORM_FIELDS = CUSTOMER_FIELDS.filter((def): def is FormField => "form" in def);

export type DetailsField = Extract<CustomerField, { details: object }>;
export const DETAILS_FIELDS = CUSTOMER_FIELDS.filter((def): def is DetailsField => "details" in def);

export function fieldByName(name: string): CustomerField | undefined {
  return CUSTOMER_FIELDS.find((def) => def.name === name);
}

/** The value of a field as stored on a customer, for a reader with no special rule. */
export function storedValue(customer: CustomerSource, name: string): unknown {
  return (customer as Record<string, unknown>)[name] ?? null;
}

/** Labels by audit key (the audit tab, the import's mapping), from the one declaration. */
export const CUSTOMER_FIELD_LABELS_BY_KEY: Record<string, string> = Object.fromEntries(
  CUSTOMER_FIELDS.flatMap((def) => [[def.name, def.label], ...(def.audit ? [[def.audit.key, def.label]] : [])]),
);
