// The stored review of an import job (ImportRow): how rows are written by the background
// validation and read back by the review page, the error file and the run, so none of them
// reads or checks the uploaded file again (decision 032).
import { getDb } from "../db/client";
import { CUSTOMER_FIELDS } from "../customers/fields";
import type { Value } from "../db/bulk-write";
import type { ImportField } from "./mapping";
import { readImportFile } from "./read-file";
import { readStoredFile } from "./file-data";
import { parseStoredMapping } from "./review";
import { issuesByRow, validateRows, type RowIssue, type ValidRow } from "./validate";

export const IMPORT_ROW_COLUMNS = ["jobId", "row", "valid", "existingId", "input", "cells", "issues"] as const;

/** A stored problem: the row is the ImportRow's own. */
type StoredIssue = Omit<RowIssue, "row">;

export function validRowValues(jobId: number, row: ValidRow, existingId: number | null): Value[] {
  return [jobId, row.row, true, existingId, JSON.stringify(row.input), null, "[]"];
}

export function problemRowValues(jobId: number, row: number, cells: string[], issues: RowIssue[]): Value[] {
  const stored: StoredIssue[] = issues.map(({ row: _row, ...issue }) => issue);
  return [jobId, row, false, null, null, JSON.stringify(cells), JSON.stringify(stored)];
}

export function parseIssues(row: number, json: string): RowIssue[] {
  try {
    return (JSON.parse(json) as StoredIssue[]).map((issue) => ({ row, ...issue }));
  } catch {
    return [];
  }
}

// Dates are stored as ISO strings in the JSON; these fields are read back as Dates.
const DATE_FIELDS = new Set<string>(CUSTOMER_FIELDS.filter((def) => def.import && "form" in def && def.form?.control === "date").map((def) => def.name));

/** A valid row's checked values as the run writes them (dates as Dates again). */
export function parseStoredInput(json: string): ValidRow["input"] {
  const input = JSON.parse(json) as Record<string, unknown>;
  for (const field of Object.keys(input)) if (DATE_FIELDS.has(field) && typeof input[field] === "string") input[field] = new Date(input[field] as string);
  return input as ValidRow["input"] & Partial<Record<ImportField, unknown>>;
}

export const PROBLEM_PAGE_SIZE = 100;

/** One page of the rows with problems, in row order: each problem a line, as the review shows. */
export async function listImportProblems(jobId: number, page: number) {
  const where = { jobId, valid: false };
  const [totalRows, rows] = await Promise.all([
    getDb().importRow.count({ where }),
    getDb().importRow.findMany({ where, orderBy: { row: "asc" }, skip: (page - 1) * PROBLEM_PAGE_SIZE, take: PROBLEM_PAGE_SIZE, select: { row: true, issues: true } }),
  ]);
  return { issues: rows.flatMap((row) => parseIssues(row.row, row.issues)), totalRows, page, pageSize: PROBLEM_PAGE_SIZE };
}

const ERROR_ROWS_PER_READ = 1000;

/** Every row with problems, with its original cells, in row order, read in keyset pages. */
export async function* readProblemRows(jobId: number): AsyncGenerator<{ row: number; issues: RowIssue[]; cells: string[] }> {
  let after = 0;
  for (;;) {
    const rows = await getDb().importRow.findMany({
      where: { jobId, valid: false, row: { gt: after } },
      orderBy: { row: "asc" },
      take: ERROR_ROWS_PER_READ,
      select: { row: true, issues: true, cells: true },
    });
    for (const row of rows) yield { row: row.row, issues: parseIssues(row.row, row.issues), cells: row.cells ? (JSON.parse(row.cells) as string[]) : [] };
    if (rows.length < ERROR_ROWS_PER_READ) return;
    after = rows[rows.length - 1].row;
  }
}

/** The rows with problems of a job: stored ones, or for a job finished before rows were stored
 * (validated 0), its file's checked again once, as the error file did then. */
export async function* problemRowsOf(job: { id: number; validated: number; totalRows: number }): AsyncGenerator<{ row: number; issues: RowIssue[]; cells: string[] }> {
  if (job.validated > 0 || job.totalRows === 0) {
    yield* readProblemRows(job.id);
    return;
  }
  const stored = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, select: { fileName: true, mapping: true } });
  const table = await readImportFile(stored.fileName, await readStoredFile(job.id));
  for (const [row, issues] of issuesByRow(validateRows(table, parseStoredMapping(stored.mapping)).issues)) yield { row, issues, cells: table.rows[row - 2] };
}

export type ImportPreview = { headers: string[]; samples: string[][] };

const SAMPLES = 3;

export function buildPreview(headers: string[], rows: string[][]): ImportPreview {
  return { headers, samples: headers.map((_, index) => rows.map((row) => row[index]?.slice(0, 60) ?? "").filter(Boolean).slice(0, SAMPLES)) };
}

export function parsePreview(json: string): ImportPreview | null {
  if (!json) return null;
  try {
    const preview = JSON.parse(json) as ImportPreview;
    return Array.isArray(preview.headers) && Array.isArray(preview.samples) ? preview : null;
  } catch {
    return null;
  }
}
