// The CSV export format: RFC 4180 (papaparse's quoting, CRLF line ends), UTF-8, optionally with
// a byte order mark so Excel reads Norwegian letters right, and no cell Excel would run as a
// formula.
import Papa from "papaparse";
import { formatDate } from "../format/dates";
import { EXPORT_COLUMNS, type ExportCell, type ExportColumn, type ExportContext } from "./columns";
import type { ExportRow } from "./rows";

/** UTF-8 byte order mark: without it Excel opens a UTF-8 CSV as Windows-1252 ("Ã¸" for "ø"). */
export const UTF8_BOM = "\uFEFF";

/** The first characters that make a spreadsheet read a cell as a formula: = + - @ tab CR. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** Spreadsheets run a cell that starts with = + - @ (and tab or CR before them) as a formula;
 * a leading apostrophe makes it text ("'=1+1"). Applied to every text cell. The numeric columns
 * (Id) are positive integers and dates are written as YYYY-MM-DD, so no number is altered. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}

export function csvCellText(cell: ExportCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (cell instanceof Date) return formatDate(cell);
  return neutralizeFormula(cell);
}

const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: "\r\n", quotes: false, header: false });

/** The header line, with the BOM first when asked for. */
export function csvHeader(options: { bom: boolean; columns?: readonly ExportColumn[] }): string {
  const columns = options.columns ?? EXPORT_COLUMNS;
  return `${options.bom ? UTF8_BOM : ""}${unparse([columns.map((column) => column.header)])}\r\n`;
}

/** One batch of rows as CSV lines, each ending in CRLF: csvCellText of every cell (or the
 * column's own CSV text), in plain loops, since this runs for every cell of a 1,000,000-row export. */
export function csvLines(rows: readonly ExportRow[], context: ExportContext, columns: readonly ExportColumn[] = EXPORT_COLUMNS): string {
  if (rows.length === 0) return "";
  const lines: string[][] = new Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    const line: string[] = new Array(columns.length);
    for (let column = 0; column < columns.length; column += 1) {
      const { csv, value } = columns[column];
      line[column] = csv ? csv(row) : csvCellText(value(row, context));
    }
    lines[index] = line;
  }
  return `${unparse(lines)}\r\n`;
}
