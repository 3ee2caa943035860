// Unit: header auto-matching, remembered mappings, and row validation messages.
import { describe, expect, it } from "vitest";
import { mappingProblem, suggestMapping } from "@/lib/import/mapping";
import { validateRows } from "@/lib/import/validate";
import { orgNumber } from "../helpers/organisation-numbers";
import { HEADERS } from "./fixtures";

describe("suggestMapping", () => {
  it("matches common CRM headers to customer fields", () => {
    expect(suggestMapping([...HEADERS, "Navn", "Postnummer", "Something else"])).toEqual({
      Company: "name",
      "Org nr": "organisationNumber",
      "E-mail": "billingEmail",
      Country: "country",
      Status: "status",
      "CRM id": "externalId",
      Postnummer: "postalCode",
    });
  });

  it("prefers the user's remembered choice for a header", () => {
    const mapping = suggestMapping(["Company", "Contact e-mail", "E-mail"], { "Contact e-mail": "billingEmail", Company: "notes" });
    expect(mapping).toEqual({ Company: "notes", "Contact e-mail": "billingEmail" });
  });

  it("requires a name column and one column per field", () => {
    expect(mappingProblem(["A", "B"], { A: "city" })).toMatch(/customer name/);
    expect(mappingProblem(["A", "B"], { A: "name", B: "name" })).toMatch(/same field/);
    expect(mappingProblem(["A"], { A: "name" })).toBeNull();
  });
});

describe("validateRows", () => {
  const mapping = suggestMapping(HEADERS);
  const table = (rows: string[][]) => ({ headers: HEADERS, rows });

  it("names the row (header = row 1) and the file's column of each problem", () => {
    const result = validateRows(
      table([
        ["Acme", orgNumber("rows", 1), "a@acme.no", "no", "Paying", "c1"],
        ["", orgNumber("rows", 2), "not-an-email", "XX", "gone", "c2"],
        ["N".repeat(10_000), orgNumber("rows", 3), "", "", "", "c3"],
      ]),
      mapping,
    );
    expect(result.valid.map((row) => row.row)).toEqual([2]);
    expect(result.valid[0].input).toMatchObject({ name: "Acme", country: "NO", status: "paying", billingEmail: "a@acme.no" });
    expect(result.issues).toEqual([
      { row: 3, column: "Company", message: "Name is required" },
      { row: 3, column: "Status", message: "Choose a status from the list", value: "gone" },
      { row: 3, column: "Country", message: expect.stringMatching(/^Unknown country: use a two-letter ISO code/), value: "XX" },
      { row: 3, column: "E-mail", message: "Enter a valid email address", value: "not-an-email" },
      { row: 4, column: "Company", message: "Name must be at most 200 characters", value: "N".repeat(10_000) },
    ]);
  });

  it("flags later duplicates within the file by organisation number, external id or import key", () => {
    const result = validateRows(
      table([
        ["Acme", orgNumber("rows", 1), "", "", "", "c1"],
        ["Acme again", orgNumber("rows", 1), "", "", "", "c9"],
        ["Beta", orgNumber("rows", 2), "", "", "", "c1"],
        ["Gamma", "", "g@g.no", "", "", ""],
        ["gamma", "", "g@g.no", "", "", ""],
      ]),
      mapping,
    );
    expect(result.valid.map((row) => row.row)).toEqual([2, 5]);
    expect(result.issues).toEqual([
      { row: 3, column: "Org nr", message: `Duplicate of row 2: same organisation number (${orgNumber("rows", 1)})`, value: orgNumber("rows", 1) },
      { row: 4, column: "CRM id", message: "Duplicate of row 2: same external id (c1)", value: "c1" },
      { row: 6, column: "Company", message: expect.stringMatching(/Duplicate of row 5: same name, billing email and postal code/), value: "gamma" },
    ]);
  });
});
