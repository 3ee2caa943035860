import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildErrorFile } from "@/lib/import/error-file";
import type { ImportReview } from "@/lib/import/review";

describe("the import's error file", () => {
  it("makes every formula-looking cell text, as the export does", () => {
    const review = {
      table: { headers: ["Name", "=Evil"], rows: [["=HYPERLINK(\"http://x\")", "+1"], ["Plain", "@SUM(A1)"]] },
      issues: [{ row: 2, column: "Name", message: "Bad" }, { row: 3, column: "Email", message: "-x" }],
    } as unknown as ImportReview;

    const rows = Papa.parse<string[]>(buildErrorFile(review).replace(/^\uFEFF/, "").trim()).data;

    expect(rows).toEqual([
      ["Row", "Errors", "Name", "'=Evil"],
      ["2", "Name: Bad", "'=HYPERLINK(\"http://x\")", "'+1"],
      ["3", "Email: -x", "Plain", "'@SUM(A1)"],
    ]);
  });
});
