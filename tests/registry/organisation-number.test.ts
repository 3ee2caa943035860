// Unit: the MOD11 check on Norwegian organisation numbers, run before any registry call.
import { describe, expect, it } from "vitest";
import {
  formatOrganisationNumber,
  isValidOrganisationNumber,
  looksLikeOrganisationNumber,
  mod11CheckDigit,
  normalizeOrganisationNumber,
} from "@/lib/registry/organisation-number";

describe("organisation number (MOD11)", () => {
  it("accepts real organisation numbers", () => {
    for (const number of ["923609016", "974760673", "991825827", "983887406"]) {
      expect(isValidOrganisationNumber(number), number).toBe(true);
    }
  });

  it("accepts a number whose remainder gives check digit 0 (11 -> 0)", () => {
    expect(mod11CheckDigit("97152692")).toBe(0);
    expect(isValidOrganisationNumber("971526920")).toBe(true);
    expect(isValidOrganisationNumber("923609040")).toBe(true);
  });

  it("rejects every number whose first eight digits give check digit 10", () => {
    expect(mod11CheckDigit("92360913")).toBeNull();
    for (let last = 0; last <= 9; last += 1) expect(isValidOrganisationNumber(`92360913${last}`)).toBe(false);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidOrganisationNumber("923609017")).toBe(false);
    expect(isValidOrganisationNumber("974760672")).toBe(false);
  });

  it("rejects wrong lengths and other characters", () => {
    for (const input of ["", "92360901", "9236090160", "92360901a", "NO923609016MVA", "923-609-016"]) {
      expect(normalizeOrganisationNumber(input), input).toBeNull();
    }
  });

  it("allows the spaces people type and returns the nine digits", () => {
    expect(normalizeOrganisationNumber("923 609 016")).toBe("923609016");
    expect(normalizeOrganisationNumber("  923609016 ")).toBe("923609016");
    expect(formatOrganisationNumber("923609016")).toBe("923 609 016");
  });

  it("tells a number-like query from a name", () => {
    expect(looksLikeOrganisationNumber("923 609 016")).toBe(true);
    expect(looksLikeOrganisationNumber("923609017")).toBe(true);
    expect(looksLikeOrganisationNumber("Equinor")).toBe(false);
    expect(looksLikeOrganisationNumber("3T Tannklinikk")).toBe(false);
  });
});
