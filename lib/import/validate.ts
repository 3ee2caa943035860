// Row validation: every mapped row through the declaration's import rules (the console form's own,
// lib/customers/fields.ts), then duplicates
// within the file. Pure: the database checks (customers that already exist) are in existing.ts.
import { z } from "zod";
import { countryCodeFromText } from "../customers/countries";
import { inputShape } from "../customers/fields";
import type { CustomerInput } from "../customers/schema";
import { buildNameSort } from "../customers/search-text";
import type { ParsedTable } from "./limits";
import type { ImportField, ImportMapping } from "./mapping";

/** A problem with one cell (or row), as the user sees it in a spreadsheet: the header is row 1. */
/** `value` is the rejected cell as the file has it, shown beside the problem. */
export type RowIssue = { row: number; column: string; message: string; value?: string };

const UNKNOWN_COUNTRY = "Unknown country: use a two-letter ISO code such as SE or an English name such as Sweden";

/** A row that passed the schema, with the keys used to find it again. */
export type ValidRow = {
  row: number;
  /** Only the fields the file fills: an empty cell leaves an existing customer's value as it is. */
  input: Partial<Pick<CustomerInput, ImportField>> & { name: string };
  organisationNumber: string | null;
  externalId: string | null;
  /** For rows with neither key: name + billing email + postal code (see docs/decisions). */
  importKey: string | null;
};

export type RowValidation = { totalRows: number; valid: ValidRow[]; issues: RowIssue[] };

export const FIRST_DATA_ROW = 2;

const importRowSchema = z.object(inputShape("import"));

export function importKeyOf(input: { name: string; billingEmail?: string | null; postalCode?: string | null }): string {
  return [buildNameSort(input.name), input.billingEmail ?? "", input.postalCode ?? ""].join("\u0000");
}

/** The cells of one row as schema input: mapped columns with a value only. */
function rowInput(cells: string[], columns: Array<[number, ImportField]>): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [index, field] of columns) {
    const value = (cells[index] ?? "").trim();
    if (value === "") continue;
    // Statuses are matched without regard to case ("Paying" from a CRM is "paying"); countries
    // by code or English name ("Sweden", "sweden", "SE").
    input[field] = field === "status" ? value.toLowerCase() : field === "country" ? (countryCodeFromText(value) ?? value) : value;
  }
  return input;
}

/** One row's check: its problems, or the valid row to plan. */
export type RowCheck = { valid: ValidRow | null; issues: RowIssue[] };

/** Checks rows one at a time, in file order, remembering the keys seen so far (the first row with
 * a key wins; later ones are duplicates). The background validation feeds it in chunks. */
export function createRowValidator(headers: string[], mapping: ImportMapping) {
  const columns: Array<[number, ImportField]> = [];
  const headerOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (!field) return;
    columns.push([index, field]);
    headerOf.set(field, header);
    indexOf.set(field, index);
  });
  const columnName = (field: string) => headerOf.get(field) ?? field;
  /** The rejected cell as the file has it, for the issue's `value` (none for an empty cell). */
  const cellOf = (cells: string[], field: string): { value?: string } => {
    const value = indexOf.has(field) ? (cells[indexOf.get(field)!] ?? "").trim() : "";
    return value === "" ? {} : { value };
  };
  const firstRowWith = { organisationNumber: new Map<string, number>(), externalId: new Map<string, number>(), importKey: new Map<string, number>() };

  /** `index` is the data row's index (0 for the row after the header). */
  return function check(cells: string[], index: number): RowCheck {
    const row = index + FIRST_DATA_ROW;
    const issues: RowIssue[] = [];
    const raw = rowInput(cells, columns);
    const parsed = importRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "name");
        const message = field === "country" ? UNKNOWN_COUNTRY : issue.message;
        issues.push({ row, column: columnName(field), message, ...cellOf(cells, field) });
      }
      return { valid: null, issues };
    }
    const input = parsed.data as ValidRow["input"];
    const organisationNumber = input.organisationNumber ?? null;
    const externalId = input.externalId ?? null;
    const importKey = organisationNumber === null && externalId === null ? importKeyOf(input) : null;

    const checkDuplicate = (kind: keyof typeof firstRowWith, value: string | null, label: string, field: string) => {
      if (value === null) return;
      const first = firstRowWith[kind].get(value);
      if (first === undefined) {
        firstRowWith[kind].set(value, row);
        return;
      }
      issues.push({ row, column: columnName(field), message: `Duplicate of row ${first}: same ${label} (${value})`, ...cellOf(cells, field) });
    };
    checkDuplicate("organisationNumber", organisationNumber, "organisation number", "organisationNumber");
    checkDuplicate("externalId", externalId, "external id", "externalId");
    checkDuplicate("importKey", importKey, "name, billing email and postal code", "name");
    return issues.length > 0 ? { valid: null, issues } : { valid: { row, input, organisationNumber, externalId, importKey }, issues };
  };
}

export function validateRows(table: ParsedTable, mapping: ImportMapping): RowValidation {
  const check = createRowValidator(table.headers, mapping);
  const valid: ValidRow[] = [];
  const issues: RowIssue[] = [];
  table.rows.forEach((cells, index) => {
    const result = check(cells, index);
    if (result.valid) valid.push(result.valid);
    issues.push(...result.issues);
  });
  return { totalRows: table.rows.length, valid, issues };
}

/** Issues grouped by row, in row order: the review list and the error file. */
export function issuesByRow(issues: RowIssue[]): Map<number, RowIssue[]> {
  const byRow = new Map<number, RowIssue[]>();
  for (const issue of [...issues].sort((a, b) => a.row - b.row)) {
    const list = byRow.get(issue.row) ?? [];
    list.push(issue);
    byRow.set(issue.row, list);
  }
  return byRow;
}
