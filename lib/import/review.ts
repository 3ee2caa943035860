// The review of an import job: its file read again, mapped, validated and matched against the
// customers that exist now. The review page, the run and the error file all start here.
import { getDb } from "../db/client";
import { matchExisting, type PlannedRow } from "./existing";
import type { ParsedTable } from "./limits";
import { importMappingSchema, type ImportMapping } from "./mapping";
import { readImportFile } from "./read-file";
import { validateRows, type RowIssue } from "./validate";

export type ImportReview = {
  table: ParsedTable;
  mapping: ImportMapping;
  totalRows: number;
  /** Valid rows, each with the customer it matches (existingId) or none (a new customer). */
  planned: PlannedRow[];
  issues: RowIssue[];
  counts: { valid: number; invalid: number; new: number; existing: number };
};

export function parseStoredMapping(json: string): ImportMapping {
  try {
    return importMappingSchema.parse(JSON.parse(json));
  } catch {
    return {};
  }
}

export async function reviewImport(job: { fileName: string; fileData: Uint8Array | null; mapping: string }): Promise<ImportReview> {
  const table = await readImportFile(job.fileName, job.fileData ?? new Uint8Array());
  const mapping = parseStoredMapping(job.mapping);
  const validation = validateRows(table, mapping);
  const matched = await matchExisting(getDb(), validation.valid);
  const issues = [...validation.issues, ...matched.issues].sort((a, b) => a.row - b.row);
  const invalid = new Set(issues.map((issue) => issue.row)).size;
  const existing = matched.planned.filter((row) => row.existingId !== null).length;
  return {
    table,
    mapping,
    totalRows: validation.totalRows,
    planned: matched.planned,
    issues,
    counts: { valid: matched.planned.length, invalid, new: matched.planned.length - existing, existing },
  };
}
