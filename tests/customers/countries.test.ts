// Unit: countries by ISO code or English name, as the import reads them.
import { describe, expect, it } from "vitest";
import { COUNTRIES, countryCodeFromText, countryName, isCountryCode } from "@/lib/customers/countries";
import { validateRows } from "@/lib/import/validate";

describe("countryCodeFromText", () => {
  it("reads English names in any case", () => {
    expect(countryCodeFromText("Sweden")).toBe("SE");
    expect(countryCodeFromText("sweden")).toBe("SE");
    expect(countryCodeFromText("  NORWAY ")).toBe("NO");
    expect(countryCodeFromText("United Kingdom")).toBe("GB");
  });

  it("reads two-letter codes in any case", () => {
    expect(countryCodeFromText("SE")).toBe("SE");
    expect(countryCodeFromText("se")).toBe("SE");
  });

  it("ignores accents, punctuation, '&' and 'St.', and knows common other names", () => {
    expect(countryCodeFromText("Cote d'Ivoire")).toBe("CI");
    expect(countryCodeFromText("Åland Islands")).toBe("AX");
    expect(countryCodeFromText("Saint Kitts and Nevis")).toBe("KN");
    expect(countryCodeFromText("Trinidad and Tobago")).toBe("TT");
    expect(countryCodeFromText("The Netherlands")).toBe("NL");
    expect(countryCodeFromText("United States of America")).toBe("US");
    expect(countryCodeFromText("Czech Republic")).toBe("CZ");
  });

  it("returns null for unknown names and codes", () => {
    expect(countryCodeFromText("Swedn")).toBeNull();
    expect(countryCodeFromText("XX")).toBeNull();
    expect(countryCodeFromText("")).toBeNull();
  });

  it("reads back the name of every country in the list to its code", () => {
    expect(COUNTRIES.length).toBe(249);
    for (const [code, name] of COUNTRIES) {
      expect(isCountryCode(code)).toBe(true);
      expect(countryCodeFromText(name)).toBe(code);
      expect(countryName(code)).toBe(name);
    }
  });
});

describe("the import's country column", () => {
  const table = (country: string) => ({ headers: ["Company", "Country"], rows: [["Acme", country]] });
  const mapping = { Company: "name", Country: "country" } as const;

  it("stores the code for a country name", () => {
    expect(validateRows(table("sweden"), mapping).valid[0].input.country).toBe("SE");
  });

  it("says clearly what an unknown name should be, beside the rejected value", () => {
    expect(validateRows(table("Swedn"), mapping).issues).toEqual([
      { row: 2, column: "Country", value: "Swedn", message: "Unknown country: use a two-letter ISO code such as SE or an English name such as Sweden" },
    ]);
  });
});
