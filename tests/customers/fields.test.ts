// The field declaration against its consumers: each field shows up, as declared, in the form, the
// input schemas, the API's JSON and OpenAPI document, the export's header, the import's mapping,
// the audit snapshot and the search text; and no consumer exposes a field the declaration keeps
// from it. A new field passes this test without edits, and a consumer that drifts fails it.
import { describe, expect, it } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { customerFormValues } from "@/components/customers/customer-form-values";
import { apiCustomerInputSchema } from "@/lib/api/customer-input";
import { customerJsonSchema, toCustomerJson } from "@/lib/api/customer-json";
import { CUSTOMER_FIELDS, FORM_FIELDS, SEARCHED_FIELDS } from "@/lib/customers/fields";
import { CUSTOMER_FIELD_LABELS } from "@/lib/customers/format";
import { auditSnapshot } from "@/lib/customers/mutations";
import type { CustomerDetail } from "@/lib/customers/queries";
import { customerInputSchema } from "@/lib/customers/schema";
import { buildSearchText } from "@/lib/customers/search-text";
import { csvHeader } from "@/lib/export/csv";
import { LIST_COLUMN_LABELS } from "@/lib/customers/list-columns";
import { IMPORT_FIELDS, importMappingSchema, suggestMapping } from "@/lib/import/mapping";
import { registryCustomerInputSchema } from "@/lib/registry/customer-input";

const names = (predicate: (def: (typeof CUSTOMER_FIELDS)[number]) => boolean) => CUSTOMER_FIELDS.filter(predicate).map((def) => def.name).sort();
const keys = (object: object) => Object.keys(object).sort();

/** A stored customer with every column set, as the details and edit pages load it. */
const customer = {
  id: 41, name: "Fjord Dental AS", nameSort: "fjord dental as", searchText: "", status: "paying", origin: "import",
  partnerId: 3, accountManagerId: 5, addressLine1: "Strandgaten 1", addressLine2: "2. etasje", postalCode: "5013", city: "Bergen",
  region: "Vestland", country: "NO", billingEmail: "post@fjord.example", billingContact: "Kari", organisationNumber: "923609016",
  externalId: "crm-41", industryCode: "86.230", notes: "Prefers e-mail", trialEndsAt: new Date("2026-12-31T00:00:00Z"),
  website: "https://fjord.example.no", hasWarnings: true, archivedAt: null,
  mrrMinor: 0n, arrMinor: 0n, subscriptionCount: 0, userCount: 0, riskScore: 0, riskLevel: "low", riskFindings: "[]",
  createdAt: new Date("2026-01-02T03:04:05Z"), updatedAt: new Date("2026-02-03T04:05:06Z"), version: 1,
  partner: { id: 3, name: "Dental Partners" }, accountManager: { id: 5, name: "Bree" },
  tags: [{ tag: { name: "vip" } }, { tag: { name: "pilot" } }], warnings: [{ rule: "paying_without_contract" }], settings: null,
} satisfies CustomerDetail;

describe("the customer field declaration", () => {
  it("gives the console, the registry form and the API exactly the fields it lets them edit", () => {
    expect(keys(customerInputSchema.shape)).toEqual(names((def) => def.console));
    expect(keys(registryCustomerInputSchema.shape)).toEqual(names((def) => def.console));
    expect(keys(apiCustomerInputSchema.shape)).toEqual(names((def) => def.api));
  });

  it("gives the form a control and a starting value for each console field", () => {
    expect(FORM_FIELDS.map((def) => def.name).sort()).toEqual(names((def) => def.console));
    const values = customerFormValues(customer);
    expect(keys(values)).toEqual(names((def) => def.console));
    // The starting values are valid input that stores the customer's values again.
    const parsed = customerInputSchema.parse(values);
    for (const def of CUSTOMER_FIELDS.filter((d) => d.column && d.console)) {
      expect(parsed[def.name as keyof typeof parsed], def.name).toEqual(customer[def.name as keyof typeof customer]);
    }
  });

  it("puts every field in the API's JSON, valid against the schema the OpenAPI document publishes", async () => {
    const json = toCustomerJson(customer);
    expect(keys(json)).toEqual(CUSTOMER_FIELDS.map((def) => def.json.key).sort());
    expect(customerJsonSchema.parse(json)).toEqual(json);
    expect(json).toMatchObject({ website: "https://fjord.example.no", partner: { id: 3, name: "Dental Partners" }, tags: ["pilot", "vip"], trialEndsAt: "2026-12-31" });

    const document = JSON.parse(await openApi().text());
    expect(keys(document.components.schemas.Customer.properties)).toEqual(keys(json));
    expect(keys(document.components.schemas.CustomerInput.properties)).toEqual(names((def) => def.api));
  });

  it("heads an export column with the label of each exported field", () => {
    const header = csvHeader({ bom: false }).trim().split(",");
    for (const def of CUSTOMER_FIELDS.filter((d) => d.exported)) expect(header, def.name).toContain(def.label);
    // The list's own columns (lib/customers/list-columns.ts, decision 028) head theirs too: MRR,
    // ARR, Subscriptions and Users share a label with a stored, unexported field.
    const listOnly = new Set(Object.values(LIST_COLUMN_LABELS).filter((label) => !CUSTOMER_FIELDS.some((d) => d.exported && d.label === label)));
    const labels = new Set(CUSTOMER_FIELDS.map((def) => def.label).filter((label) => !listOnly.has(label)));
    const fromFields = header.filter((cell) => labels.has(cell));
    expect(fromFields.sort()).toEqual(CUSTOMER_FIELDS.filter((d) => d.exported).map((d) => d.label).sort());
  });

  it("lets the import fill each import field, matched by its own label", () => {
    expect([...IMPORT_FIELDS].sort()).toEqual(names((def) => def.import));
    const importable = CUSTOMER_FIELDS.filter((def) => def.import);
    const mapping = suggestMapping(importable.map((def) => def.label));
    expect(mapping).toEqual(Object.fromEntries(importable.map((def) => [def.label, def.name])));
    expect(importMappingSchema.safeParse(mapping).success).toBe(true);
    expect(importMappingSchema.safeParse({ Tags: "tags" }).success).toBe(false);
  });

  it("audits each audited field under a key that has a label", () => {
    const snapshot = auditSnapshot(customer);
    const audited = CUSTOMER_FIELDS.flatMap((def) => (def.audit ? [def.audit.key] : []));
    expect(keys(snapshot)).toEqual(audited.sort());
    for (const key of audited) expect(CUSTOMER_FIELD_LABELS[key], key).toBeTruthy();
    expect(snapshot).toMatchObject({ partner: "Dental Partners", accountManager: "Bree", tags: "pilot, vip", website: "https://fjord.example.no" });
  });

  it("searches the id and each searched field, and nothing else", () => {
    const text = buildSearchText(customer);
    for (const field of SEARCHED_FIELDS) expect(text, field).toContain(String(customer[field]).toLowerCase());
    expect(text).not.toContain("strandgaten");
    expect(text.startsWith("41 ")).toBe(true);
  });
});
