import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps a same-origin deep link with its query and hash", () => {
    expect(safeReturnPath("/customers/163/contracts")).toBe("/customers/163/contracts");
    expect(safeReturnPath("/customers?status=paying&page=2#top")).toBe("/customers?status=paying&page=2#top");
  });

  it.each([
    "//evil.example", "/\\evil.example", "/%5Cevil.example", "/%2F%2Fevil.example", "%2F%2Fevil.example", "/%252F%252Fevil.example",
    "https://evil.example/customers", "http:evil.example", "javascript:alert(1)", "/\tevil", " /customers", "\\\\evil.example",
    "", "customers", "/signin", "/api/auth/signout", "/%E0%A4%A",
  ])("sends %j to /customers", (value) => {
    expect(safeReturnPath(value)).toBe("/customers");
  });

  it("takes the first of repeated parameters and refuses non-strings", () => {
    expect(safeReturnPath(["/warnings", "//evil"])).toBe("/warnings");
    expect(safeReturnPath(undefined)).toBe("/customers");
    expect(safeReturnPath(42)).toBe("/customers");
  });

  it("builds the sign-in link with the path to return to", () => {
    expect(signInPathFor("/customers/163/contracts")).toBe("/signin?callbackUrl=%2Fcustomers%2F163%2Fcontracts");
    expect(signInPathFor("//evil.example")).toBe("/signin");
    expect(signInPathFor(null)).toBe("/signin");
  });
});
