import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildErrorFile } from "@/lib/import/error-file";

describe("the import's error file", () => {
  it("makes every formula-looking cell text, as the export does", () => {
    const headers = ["Name", "=Evil"];
    const problems = [
      { row: 2, issues: [{ row: 2, column: "Name", message: "Bad" }], cells: ["=HYPERLINK(\"http://x\")", "+1"] },
      { row: 3, issues: [{ row: 3, column: "Email", message: "-x" }], cells: ["Plain", "@SUM(A1)"] },
    ];

    const rows = Papa.parse<string[]>(buildErrorFile(headers, problems).replace(/^\uFEFF/, "").trim()).data;

    expect(rows).toEqual([
      ["Row", "Errors", "Name", "'=Evil"],
      ["2", "Name: Bad", "'=HYPERLINK(\"http://x\")", "'+1"],
      ["3", "Email: -x", "Plain", "'@SUM(A1)"],
    ]);
  });
});
