// Unit: the /customers/new URL never breaks the page, and choosing a company keeps the search.
import { describe, expect, it } from "vitest";
import { chooseCompanyHref, parseNewCustomerQuery } from "@/lib/registry/page-query";

describe("/customers/new search params", () => {
  it("reads the search and the chosen company, first value winning", () => {
    expect(parseNewCustomerQuery({ registry: [" fjordtann ", "x"], orgnr: "923456783" })).toEqual({ registry: "fjordtann", orgnr: "923456783" });
  });

  it("falls back to nothing asked for missing or oversized values", () => {
    expect(parseNewCustomerQuery({})).toEqual({ registry: "", orgnr: "" });
    expect(parseNewCustomerQuery({ registry: "x".repeat(500), orgnr: "9".repeat(100) })).toEqual({ registry: "", orgnr: "" });
  });

  it("links a chosen company with the search kept and encoded", () => {
    expect(chooseCompanyHref("Ærlig & Tann", "923456783")).toBe("/customers/new?registry=%C3%86rlig+%26+Tann&orgnr=923456783");
    expect(chooseCompanyHref("", "923456783")).toBe("/customers/new?orgnr=923456783");
  });
});
