// The error file: the rows that cannot be imported, with their original columns plus "Row" (as in
// the spreadsheet) and "Errors" (every problem of the row, "Column: message; ..."), as CSV.
import Papa from "papaparse";
import { neutralizeFormula } from "../export/csv";
import type { RowIssue } from "./validate";

export type ProblemRow = { row: number; issues: RowIssue[]; cells: string[] };

export function buildErrorFile(headers: string[], problems: ProblemRow[]): string {
  const rows = problems.map((problem) => [
    String(problem.row),
    problem.issues.map((issue) => `${issue.column}: ${issue.message}`).join("; "),
    ...problem.cells,
  ]);
  // Cells come from an uploaded file: one starting with = + - @ would run as a formula when the
  // user opens this file in a spreadsheet, so each is made text exactly as the export does.
  const table = [["Row", "Errors", ...headers], ...rows].map((cells) => cells.map((cell) => neutralizeFormula(cell ?? "")));
  // BOM so Excel reads the file as UTF-8 (names like "Ærlig Tann"); the importer strips it again.
  return `\uFEFF${Papa.unparse(table, { newline: "\r\n" })}\r\n`;
}
