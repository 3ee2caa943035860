// The XLSX writer streams: sheet data reaches the reader while rows are still being produced
// (exceljs alone would hold the whole sheet until the end), and the file reads back whole.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { xlsxStream } from "@/lib/export/xlsx";
import { exportColumns } from "@/lib/export/columns";
import { exportRow } from "../helpers/export-row";

const ROWS = 40_000;
const BATCH = 2_000;

// Norwegian letters in the sheet, and a creation time of its own per row.
function row(id: number) {
  return exportRow({
    id,
    name: `Customer ${id} Ærlig Øye`,
    city: "Tromsø",
    region: "Troms",
    country: "NO",
    createdAt: new Date(Date.UTC(2020, 0, 1) + id * 60_000),
  });
}

describe("xlsxStream", () => {
  it("sends the sheet while rows are still being read, then a complete workbook", async () => {
    let produced = 0;
    let bytesBeforeLastBatch = 0;
    let received = 0;
    async function* batches() {
      for (let start = 1; start <= ROWS; start += BATCH) {
        if (start + BATCH > ROWS) bytesBeforeLastBatch = received;
        await new Promise((resolve) => setImmediate(resolve)); // a database read's turn
        produced += BATCH;
        yield Array.from({ length: BATCH }, (_, index) => row(start + index));
      }
    }
    let ended: { rows: number; aborted: boolean } | null = null;
    // The list's original eight columns: this is about streaming, not about which columns.
    const columns = exportColumns(["id", "name", "status", "origin", "location", "country", "createdAt", "accountManager"]);
    const stream = xlsxStream(batches(), { origin: "http://console.test" }, async (rows, aborted) => {
      ended = { rows, aborted };
    }, columns);
    const chunks: Uint8Array[] = [];
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      received += next.value.length;
    }
    const bytes = Buffer.concat(chunks);

    expect(produced).toBe(ROWS);
    // More than half of the file had left before the last batch was read.
    expect(bytesBeforeLastBatch).toBeGreaterThan(bytes.length / 2);
    expect(ended).toEqual({ rows: ROWS, aborted: false });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect(sheet.getRow(ROWS + 1).getCell(1).value).toBe(ROWS);
    expect(sheet.getRow(2).getCell(2).value).toBe("Customer 1 Ærlig Øye");
  }, 60_000);
});
