// Builds import files in memory: CSV text with any delimiter, and XLSX workbooks.
import ExcelJS from "exceljs";

export const enc = (text: string) => new TextEncoder().encode(text);

export function csv(rows: string[][], delimiter = ","): string {
  const quote = (cell: string) => (/[",;|\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";
}

export async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Customers");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const HEADERS = ["Company", "Org nr", "E-mail", "Country", "Status", "CRM id"];
