// Integration: a customer created from a registry company, against a real SQLite database and the
// local registry stub: prefilled values, origin "registry", its audit row, and the input checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { createBrregProvider } from "@/lib/registry/brreg";
import { registryCustomerValues } from "@/lib/registry/customer-values";
import { registryCustomerInputSchema } from "@/lib/registry/customer-input";
import { findCustomersByOrganisationNumbers } from "@/lib/registry/queries";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";
import { startRegistryStub, type RegistryStub } from "../helpers/registry-stub";

let actor: AuditActor;
let stub: RegistryStub;
beforeAll(async () => {
  actor = await createStaffActor();
  stub = await startRegistryStub();
});
afterAll(async () => {
  await stub.close();
});

async function prefilledFromRegistry(organisationNumber: string) {
  const lookup = await createBrregProvider({ baseUrl: stub.baseUrl }).getByOrganisationNumber(organisationNumber);
  if (lookup.kind !== "found") throw new Error(`expected found, got ${lookup.kind}`);
  return registryCustomerValues(lookup.company);
}

describe("creating a customer from the registry", () => {
  it("prefills name, organisation number, business address and industry code", async () => {
    expect(await prefilledFromRegistry("923456783")).toEqual({
      name: "FJORDTANN TANNKLINIKK AS",
      status: "trial",
      organisationNumber: "923456783",
      industryCode: "86.230",
      addressLine1: "Strandgaten 18",
      addressLine2: "2. etasje",
      postalCode: "5013",
      city: "BERGEN",
      country: "NO",
    });
  });

  it("stores the (edited) prefilled values with origin registry and audits the creation", async () => {
    const values = { ...(await prefilledFromRegistry("923456783")), name: "Fjordtann Tannklinikk AS" };
    const customer = await createCustomer(actor, registryCustomerInputSchema.parse(values), { origin: "registry" });
    expect(customer).toMatchObject({
      name: "Fjordtann Tannklinikk AS",
      origin: "registry",
      organisationNumber: "923456783",
      industryCode: "86.230",
      addressLine1: "Strandgaten 18",
      postalCode: "5013",
      city: "BERGEN",
      country: "NO",
    });
    const [created] = await listCustomerAuditLog(customer.id);
    expect(created.action).toBe("customer.created");
    expect(created.changes.origin).toEqual({ before: null, after: "registry" });
    expect(created.changes.organisationNumber).toEqual({ before: null, after: "923456783" });
  });

  it("normalizes an organisation number typed with spaces", async () => {
    expect(registryCustomerInputSchema.parse({ name: "Spaced AS", organisationNumber: "923 456 783" }).organisationNumber).toBe("923456783");
  });

  it("refuses a registry create without a valid organisation number, and writes nothing", async () => {
    const before = await getDb().customer.count();
    for (const organisationNumber of [undefined, "", "923456784", "12345"]) {
      const parsed = registryCustomerInputSchema.safeParse({ name: "Forged AS", organisationNumber });
      expect(parsed.success, String(organisationNumber)).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0].path).toEqual(["organisationNumber"]);
    }
    expect(await getDb().customer.count()).toBe(before);
  });

  it("finds customers that already carry a registry company's organisation number", async () => {
    const existing = await createCustomer(actor, customerInputSchema.parse({ name: "Already Here AS", organisationNumber: "934567897" }));
    const found = await findCustomersByOrganisationNumbers(["934567897", "812345672"]);
    expect(found).toEqual({ "934567897": [{ id: existing.id, name: "Already Here AS", archived: false }] });
  });
});
