// The CSV export format: RFC 4180 (papaparse's quoting, CRLF line ends), UTF-8, optionally with
// a byte order mark so Excel reads Norwegian letters right, and no cell Excel would run as a
// formula.
import Papa from "papaparse";
import { formatDate } from "../format/dates";
import { EXPORT_COLUMNS, type ExportCell, type ExportContext } from "./columns";
import type { ExportRow } from "./rows";

/** UTF-8 byte order mark: without it Excel opens a UTF-8 CSV as Windows-1252 ("Ã¸" for "ø"). */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheets run a cell that starts with = + - @ (and tab or CR before them) as a formula;
 * a leading apostrophe makes it text ("'=1+1"). Applied to every text cell. The numeric columns
 * (Id) are positive integers and dates are written as YYYY-MM-DD, so no number is altered. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCellText(cell: ExportCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (cell instanceof Date) return formatDate(cell);
  return neutralizeFormula(cell);
}

const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: "\r\n", quotes: false, header: false });

/** The header line, with the BOM first when asked for. */
export function csvHeader(options: { bom: boolean }): string {
  return `${options.bom ? UTF8_BOM : ""}${unparse([EXPORT_COLUMNS.map((column) => column.header)])}\r\n`;
}

/** One batch of rows as CSV lines, each ending in CRLF. */
export function csvLines(rows: readonly ExportRow[], context: ExportContext): string {
  if (rows.length === 0) return "";
  const cells = rows.map((row) => EXPORT_COLUMNS.map((column) => csvCellText(column.value(row, context))));
  return `${unparse(cells)}\r\n`;
}
