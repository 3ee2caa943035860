// Reads a CSV file into a table: UTF-8 with or without BOM, delimiter , ; tab or | detected from
// the header and the first rows, quoted fields with delimiters and newlines inside.
//
// A 100,000-row file (13 MB) is decoded and parsed a slice at a time with a turn of the event loop
// after each, and never held as one string (making one costs about 100 ms of CPU by itself): the
// other requests its process serves wait at most one slice (docs/benchmarks.md, issue 13 item 4).
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import Papa from "papaparse";
import { checkTable, ImportFileError, MAX_COLUMNS, type ParsedTable } from "./limits";

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };
const SAMPLE_ROWS = 50;
/** Bytes decoded and parsed between two turns of the event loop: about 2,000 rows of a typical
 * export, a few milliseconds of work. */
export const SLICE_BYTES = 256 * 1024;
const NOT_UTF8 = 'This is not a CSV or XLSX file: it is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.';

export function describeDelimiter(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
}

/** Decodes the bytes as UTF-8 a slice at a time (a streaming decoder carries a character cut by a
 * slice's end), refusing binary content (NUL bytes, invalid UTF-8); a leading BOM is dropped. */
export async function decodeSlices(bytes: Uint8Array): Promise<string[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const slices: string[] = [];
  const decode = (slice?: Uint8Array) => {
    try {
      return slice ? decoder.decode(slice, { stream: true }) : decoder.decode();
    } catch {
      throw new ImportFileError(NOT_UTF8);
    }
  };
  for (let start = 0; start < bytes.byteLength; start += SLICE_BYTES) {
    const slice = bytes.subarray(start, start + SLICE_BYTES);
    if (slice.includes(0)) throw new ImportFileError("This is not a CSV or XLSX file: it holds binary data.");
    slices.push(decode(slice));
    await yieldToEventLoop();
  }
  slices.push(decode());
  // TextDecoder drops one BOM already; a second one is dropped as before.
  if (slices[0]?.charCodeAt(0) === 0xfeff) slices[0] = slices[0].slice(1);
  return slices.filter((slice) => slice !== "");
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

/** Every record of the text given as slices (header included), the way Papaparse's own chunked
 * reading does it: each slice is parsed after what was left of the one before (a record cut by a
 * slice's end), with a turn of the event loop after each. Blank records are skipped ("greedy").
 * `quoteErrorRow`: the index of the first record whose quote is never closed. */
export async function parseRecords(slices: readonly string[], delimiter: string): Promise<{ records: string[][]; quoteErrorRow: number | null }> {
  const newline = (Papa.parse<string[]>(slices[0] ?? "", { delimiter, preview: 2 }).meta.linebreak || "\n") as "\n";
  const records: string[][] = [];
  let quoteErrorRow: number | null = null;
  let carried = "";
  let baseIndex = 0;
  for (let index = 0; index < slices.length; index += 1) {
    const last = index === slices.length - 1;
    const input = carried + slices[index];
    const parser = new Papa.Parser({ delimiter, newline });
    const result = parser.parse(input, baseIndex, !last) as Papa.ParseResult<string[]>;
    const quoteError = result.errors.find((error) => error.code === "MissingQuotes");
    // An error's row counts from the first record of this parse.
    if (quoteError && quoteErrorRow === null) quoteErrorRow = records.length + (quoteError.row ?? 0);
    for (const record of result.data) {
      if (record.join("").trim() !== "") records.push(record);
    }
    carried = last ? "" : input.substring(result.meta.cursor - baseIndex);
    baseIndex = result.meta.cursor;
    await yieldToEventLoop();
  }
  return { records, quoteErrorRow };
}

export async function parseCsv(bytes: Uint8Array): Promise<ParsedTable> {
  const slices = await decodeSlices(bytes);
  if (slices.every((slice) => slice.trim() === "")) throw new ImportFileError("The file is empty.");
  // The delimiter from the first rows: the first slice (and the next, for very long rows).
  const delimiter = detectDelimiter(slices.slice(0, 2).join(""));
  const { records, quoteErrorRow } = await parseRecords(slices, delimiter);
  const [headers = [], ...rows] = records;
  // Papaparse reports an unclosed quote as an error but still returns the rows: refuse the file,
  // since everything after the quote would land in one cell.
  if (quoteErrorRow !== null) {
    throw new ImportFileError(`Row ${quoteErrorRow + 1} has a quote (") that is never closed.`);
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
