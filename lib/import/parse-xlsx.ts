// Reads the first sheet of an XLSX workbook into a table; dates become YYYY-MM-DD, formulas
// their cached results, rich text its plain text.
import ExcelJS from "exceljs";
import { checkTable, ImportFileError, MAX_COLUMNS, type ParsedTable } from "./limits";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue); // formula
    if ("error" in value) return "";
  }
  return String(value);
}

export async function parseXlsx(bytes: Uint8Array): Promise<ParsedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("This is not a CSV or XLSX file: the workbook could not be read.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw new ImportFileError("The file is empty.");
  const table: string[][] = [];
  let tooWide: number | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.cellCount > MAX_COLUMNS && tooWide === null) tooWide = rowNumber;
    const cells: string[] = [];
    for (let column = 1; column <= Math.min(row.cellCount, MAX_COLUMNS + 1); column += 1) cells.push(cellText(row.getCell(column).value).trim());
    // Row numbers stay the sheet's own, so an empty row in the middle keeps them honest.
    while (table.length < rowNumber - 1) table.push([]);
    table.push(cells);
  });
  if (tooWide !== null) throw new ImportFileError(`Row ${tooWide} has more than ${MAX_COLUMNS} columns; at most ${MAX_COLUMNS} are allowed.`);
  const [headers = [], ...rest] = table;
  const width = headers.length;
  // Cells past the header are ignored; short rows are padded (XLSX stores no empty trailing cells).
  const rows = rest.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
  // Empty rows (here or in the middle) are dropped only at the end, to keep row numbers.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  return checkTable({ headers, rows });
}
