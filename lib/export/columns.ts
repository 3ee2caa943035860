// The export format's columns: the list's visible columns in the list's order
// (components/customers/customers-table.tsx), then Warnings and the customer page URL.
import { formatLocation, formatOrigin } from "../customers/format";
import { WARNING_RULES } from "../warnings/rules";
import { toDate, utcDay, type ExportRow } from "./rows";

/** A typed cell: XLSX writes numbers and dates as such, CSV writes text (csv.ts). */
export type ExportCell = string | number | Date | null;

export type ExportColumn = {
  header: string;
  /** XLSX column width in characters. */
  width: number;
  /** XLSX number format for dates. */
  numFmt?: string;
  value(row: ExportRow, context: ExportContext): ExportCell;
  /** The CSV text, where it is cheaper to write than `value` (csv.ts writes the rest). */
  csv?(row: ExportRow): string;
};

export type ExportContext = {
  /** The site's origin, e.g. "https://console.example.com", for absolute customer links. */
  origin: string;
};

const RULE_MESSAGES = new Map(WARNING_RULES.map((rule) => [rule.id, rule.message]));

/** The messages of a row's stored warnings, in rule order (as the customer page lists them). */
export function warningText(row: Pick<ExportRow, "warnings">): string {
  if (row.warnings.length === 0) return "";
  const stored = new Set(row.warnings.map((warning) => warning.rule));
  const known = WARNING_RULES.filter((rule) => stored.has(rule.id)).map((rule) => rule.message);
  // A stored rule id that no longer has a rule still shows, rather than silently vanishing.
  const unknown = [...stored].filter((id) => !RULE_MESSAGES.has(id));
  return [...known, ...unknown].join("; ");
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: "Id", width: 10, value: (row) => row.id },
  { header: "Name", width: 36, value: (row) => row.name },
  { header: "Status", width: 12, value: (row) => row.status },
  { header: "Origin", width: 12, value: (row) => formatOrigin(row.origin) },
  { header: "Location", width: 28, value: (row) => formatLocation(row) },
  { header: "Country", width: 9, value: (row) => row.country ?? "" },
  { header: "Created", width: 12, numFmt: "yyyy-mm-dd", value: (row) => toDate(row.createdAt), csv: (row) => utcDay(row.createdAt) },
  { header: "Account manager", width: 22, value: (row) => row.accountManager?.name ?? "" },
  { header: "Warnings", width: 40, value: (row) => warningText(row) },
  { header: "URL", width: 44, value: (row, context) => `${context.origin}/customers/${row.id}` },
];
