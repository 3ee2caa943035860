// Reads a CSV file into a table: UTF-8 with or without BOM, delimiter , ; tab or | detected from
// the header and the first rows, quoted fields with delimiters and newlines inside.
import Papa from "papaparse";
import { checkTable, ImportFileError, MAX_COLUMNS, type ParsedTable } from "./limits";

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };
const SAMPLE_ROWS = 50;

export function describeDelimiter(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
}

/** Decodes the bytes as UTF-8, refusing binary content (NUL bytes, invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportFileError("This is not a CSV or XLSX file: it holds binary data.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("This is not a CSV or XLSX file: it is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter whose split gives the header more than one column and agrees best with the
 * first rows. A file with a single column is read with a comma. */
export function detectDelimiter(text: string): string {
  let best = { delimiter: ",", score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS + 1, skipEmptyLines: "greedy" }).data;
    const width = sample[0]?.length ?? 0;
    if (width < 2) continue;
    const agreeing = sample.slice(1).filter((row) => row.length === width).length;
    // Rows that agree with the header count most; a wider header breaks ties (";" in a name).
    const score = agreeing * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function parseCsv(bytes: Uint8Array): ParsedTable {
  const text = decodeText(bytes);
  if (text.trim() === "") throw new ImportFileError("The file is empty.");
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: "greedy" });
  const [headers = [], ...rows] = result.data;
  // Papaparse reports an unclosed quote as an error but still returns the rows: refuse the file,
  // since everything after the quote would land in one cell.
  const quoteError = result.errors.find((error) => error.code === "MissingQuotes");
  if (quoteError) {
    throw new ImportFileError(`Row ${(quoteError.row ?? 0) + 1} has a quote (") that is never closed.`);
  }
  const wrongWidth = new Map<number, number[]>(); // field count -> row numbers
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.length > MAX_COLUMNS) {
      throw new ImportFileError(`Row ${rowNumber} has ${row.length.toLocaleString("en-US")} columns; at most ${MAX_COLUMNS} are allowed.`);
    }
    if (row.length !== headers.length) wrongWidth.set(row.length, [...(wrongWidth.get(row.length) ?? []), rowNumber]);
  });
  if (wrongWidth.size > 0) {
    // Every such row is named, so the user can fix them all in one go.
    const parts = [...wrongWidth].sort(([, a], [, b]) => a[0] - b[0]).map(([width, numbers]) => {
      const many = numbers.length > 1;
      return `${many ? "rows" : "row"} ${describeRowNumbers(numbers)} ${many ? "have" : "has"} ${width} ${width === 1 ? "field" : "fields"}`;
    });
    const list = parts.join("; ");
    throw new ImportFileError(
      `${list[0].toUpperCase()}${list.slice(1)} but the header has ${headers.length} (read with ${describeDelimiter(delimiter)} as the delimiter). ` +
        `The file may mix delimiters or have a stray quote; use one delimiter throughout and upload it again.`,
    );
  }
  return checkTable({ headers, rows, delimiter });
}

/** [3, 4, 5, 9, 12] -> "3–5, 9 and 12": runs of consecutive rows as ranges. */
export function describeRowNumbers(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]));
    i = j + 1;
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1]}` : runs[0];
}
