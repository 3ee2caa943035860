// The Brønnøysund provider against a local HTTP stub serving recorded fixtures: no network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BRREG_DEFAULT_TIMEOUT_MS, createBrregProvider } from "@/lib/registry/brreg";
import { findCompanies } from "@/lib/registry/find-companies";
import { companyStatusWarnings } from "@/lib/registry/company-status";
import type { RegistryProvider } from "@/lib/registry/types";
import { startRegistryStub, STUB_FAILING_NAME, STUB_GARBLED_NAME, STUB_SLOW_NAME, type RegistryStub } from "../helpers/registry-stub";

let stub: RegistryStub;
let registry: RegistryProvider;

beforeAll(async () => {
  stub = await startRegistryStub();
  registry = createBrregProvider({ baseUrl: stub.baseUrl, timeoutMs: 500 });
});
afterAll(async () => {
  await stub.close();
});

describe("Brønnøysund provider: search by name", () => {
  it("normalizes every company of a result page", async () => {
    const result = await registry.searchByName("Fjordtann");
    expect(result.kind).toBe("results");
    if (result.kind !== "results") return;
    expect(result.total).toBe(3);
    expect(result.companies.map((c) => c.organisationNumber)).toEqual(["923456783", "911223341", "922334455"]);
    expect(result.companies[0]).toEqual({
      organisationNumber: "923456783",
      name: "FJORDTANN TANNKLINIKK AS",
      organisationForm: { code: "AS", description: "Aksjeselskap" },
      addressLines: ["Strandgaten 18", "2. etasje"],
      postalCode: "5013",
      city: "BERGEN",
      country: "NO",
      industryCode: "86.230",
      industryDescription: "Tannhelsetjenester",
      bankrupt: false,
      underLiquidation: false,
      forcedLiquidation: false,
      removed: false,
      removedOn: null,
    });
  });

  it("falls back to the postal address and tolerates a unit without industry code", async () => {
    const result = await registry.searchByName("fjordtann");
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.companies[2]).toMatchObject({ addressLines: ["Postboks 77"], postalCode: "0150", city: "OSLO", industryCode: null });
  });

  it("flags bankruptcy and dissolution from the search result", async () => {
    const result = await registry.searchByName("helse");
    if (result.kind !== "results") throw new Error(result.kind);
    const [normal, bankrupt, dissolving] = result.companies;
    expect(companyStatusWarnings(normal)).toEqual([]);
    expect(bankrupt).toMatchObject({ bankrupt: true, underLiquidation: false });
    expect(companyStatusWarnings(bankrupt).map((w) => w.label)).toEqual(["Konkurs"]);
    expect(dissolving).toMatchObject({ bankrupt: false, underLiquidation: true });
    expect(companyStatusWarnings(dissolving).map((w) => w.label)).toEqual(["Under avvikling"]);
  });

  it("returns no companies when nothing matches (no _embedded in the answer)", async () => {
    expect(await registry.searchByName("zzzqqq")).toEqual({ kind: "results", companies: [], total: 0 });
  });

  it("asks for at least two characters", async () => {
    expect((await registry.searchByName(" a ")).kind).toBe("invalid");
  });
});

describe("Brønnøysund provider: look up by organisation number", () => {
  it("finds a company, spaces allowed in the number", async () => {
    const result = await registry.getByOrganisationNumber("923 456 783");
    expect(result).toMatchObject({ kind: "found", company: { name: "FJORDTANN TANNKLINIKK AS", city: "BERGEN" } });
  });

  it("reports konkurs on the company", async () => {
    const result = await registry.getByOrganisationNumber("934567897");
    expect(result).toMatchObject({ kind: "found", company: { bankrupt: true } });
  });

  it("reports a removed company (HTTP 410) with its removal date", async () => {
    expect(await registry.getByOrganisationNumber("998877660")).toEqual({ kind: "removed", organisationNumber: "998877660", removedOn: "2023-11-30" });
  });

  it("reports an unknown number (404) as not found", async () => {
    expect(await registry.getByOrganisationNumber("923609016")).toEqual({ kind: "not_found", organisationNumber: "923609016" });
  });

  it("refuses a number with a wrong check digit without asking the registry", async () => {
    // The provider would get a 404 from the stub; "invalid" proves it never asked.
    const result = await registry.getByOrganisationNumber("923456784");
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.message).toContain("not a valid Norwegian organisation number");
  });
});

describe("Brønnøysund provider: a slow or broken registry", () => {
  it("gives a clear message when the registry never answers, after the configured timeout", async () => {
    const result = await registry.searchByName(STUB_SLOW_NAME);
    expect(result.kind).toBe("error");
    if (result.kind === "error") {
      expect(result.message).toMatch(/did not answer within 0\.5 seconds/);
      expect(result.message).toMatch(/create the customer manually/);
    }
  });

  it("keeps the production timeout under the 5 seconds the page promises", () => {
    expect(BRREG_DEFAULT_TIMEOUT_MS).toBeLessThan(5_000);
  });

  it("gives a clear message on HTTP 5xx", async () => {
    const result = await registry.searchByName(STUB_FAILING_NAME);
    expect(result).toEqual({ kind: "error", message: expect.stringMatching(/not available right now \(HTTP 503\)/) });
  });

  it("gives a clear message when the answer is not the JSON it should be", async () => {
    const result = await registry.searchByName(STUB_GARBLED_NAME);
    expect(result).toEqual({ kind: "error", message: expect.stringMatching(/could not be read/) });
  });

  it("gives a clear message when nothing listens at the configured address", async () => {
    const closed = await startRegistryStub();
    await closed.close();
    const down = createBrregProvider({ baseUrl: closed.baseUrl, timeoutMs: 500 });
    const result = await down.getByOrganisationNumber("923456783");
    expect(result).toEqual({ kind: "error", message: expect.stringMatching(/could not be reached/) });
  });
});

describe("findCompanies (the search box)", () => {
  it("looks a number up and lists the one company", async () => {
    const finding = await findCompanies(registry, " 812 345 672 ");
    expect(finding).toMatchObject({ kind: "results", total: 1, companies: [{ name: "VESTLANDET BILDEDIAGNOSTIKK AS", underLiquidation: true }] });
  });

  it("explains a removed company instead of listing it", async () => {
    expect(await findCompanies(registry, "998877660")).toEqual({ kind: "removed", organisationNumber: "998877660", removedOn: "2023-11-30" });
  });

  it("says so when a number fails the check digit or a name matches nothing", async () => {
    expect(await findCompanies(registry, "923456784")).toMatchObject({ kind: "message", tone: "info" });
    expect(await findCompanies(registry, "zzzqqq")).toMatchObject({ kind: "message", tone: "info", message: expect.stringContaining("zzzqqq") });
  });

  it("passes a registry failure on as an error message", async () => {
    expect(await findCompanies(registry, STUB_FAILING_NAME)).toMatchObject({ kind: "message", tone: "error" });
  });
});
