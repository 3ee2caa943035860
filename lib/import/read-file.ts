// The one entry for an uploaded file: size and emptiness first, then XLSX (a zip) or CSV text.
import { formatMegabytes, ImportFileError, MAX_FILE_BYTES, type ParsedTable } from "./limits";
import { parseCsv } from "./parse-csv";
import { parseXlsx } from "./parse-xlsx";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function checkFileSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new ImportFileError(`The file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}. Split it into smaller files.`);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ParsedTable> {
  checkFileSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ImportFileError("The file is empty.");
  // The content decides, not the name: an XLSX renamed .csv still reads, a .xlsx that is text fails.
  if (isZip(bytes)) return parseXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) throw new ImportFileError("This is not a CSV or XLSX file: the workbook could not be read.");
  return parseCsv(bytes);
}
