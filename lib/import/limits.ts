// The import's limits and the one error type every file check throws, with a message for the user.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DATA_ROWS = 100_000;
export const MAX_COLUMNS = 100;

/** A problem with the file as a whole: shown to the user as is, and nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError;
}

/** The file as a table: its header row and its data rows, each cell as text. */
export type ParsedTable = { headers: string[]; rows: string[][]; delimiter?: string };

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks shared by CSV and XLSX once the cells are read: the header, the row count, the width. */
export function checkTable(table: ParsedTable): ParsedTable {
  const headers = table.headers.map((header) => header.trim());
  if (headers.length > MAX_COLUMNS) {
    throw new ImportFileError(`Row 1 (the header) has ${headers.length.toLocaleString("en-US")} columns; at most ${MAX_COLUMNS} are allowed.`);
  }
  if (headers.every((header) => header === "")) throw new ImportFileError("The first row must hold the column names, but it is empty.");
  if (table.rows.length === 0) throw new ImportFileError("The file has a header row but no data rows: there is nothing to import.");
  if (table.rows.length > MAX_DATA_ROWS) {
    throw new ImportFileError(
      `The file has ${table.rows.length.toLocaleString("en-US")} data rows; at most ${MAX_DATA_ROWS.toLocaleString("en-US")} can be imported at once. Split the file.`,
    );
  }
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header === "") return;
    const key = header.toLowerCase();
    if (seen.has(key)) throw new ImportFileError(`The column name "${header}" appears twice in the header (columns ${seen.get(key)! + 1} and ${index + 1}).`);
    seen.set(key, index);
  });
  return { ...table, headers };
}
