// The export format's columns: the list's visible columns in the list's order
// (components/customers/customers-table.tsx), then the declaration's other exported fields
// (lib/customers/fields.ts), then Warnings and the customer page URL. Headers and widths are the
// declaration's.
import { EXPORTED_FIELDS, type ExportedField } from "../customers/fields";
import { formatLocation, formatOrigin } from "../customers/format";
import { WARNING_RULES } from "../warnings/rules";
import { EXTRA_EXPORT_FIELDS, toDate, utcDay, type ExportRow } from "./rows";

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

/** A column for a declared field: its label as the header, its width. */
function fieldColumn(name: ExportedField["name"], column: Omit<ExportColumn, "header" | "width">): ExportColumn {
  const def = EXPORTED_FIELDS.find((candidate) => candidate.name === name)!;
  return { header: def.label, width: def.exported.width, ...column };
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  fieldColumn("id", { value: (row) => row.id }),
  fieldColumn("name", { value: (row) => row.name }),
  fieldColumn("status", { value: (row) => row.status }),
  fieldColumn("origin", { value: (row) => formatOrigin(row.origin) }),
  { header: "Location", width: 28, value: (row) => formatLocation(row) },
  fieldColumn("country", { value: (row) => row.country ?? "" }),
  fieldColumn("createdAt", { numFmt: "yyyy-mm-dd", value: (row) => toDate(row.createdAt), csv: (row) => utcDay(row.createdAt) }),
  fieldColumn("accountManagerId", { value: (row) => row.accountManager?.name ?? "" }),
  ...EXTRA_EXPORT_FIELDS.map((def, index): ExportColumn => ({ header: def.label, width: def.exported.width, value: (row) => row.extra[index] ?? "" })),
  fieldColumn("warnings", { value: (row) => warningText(row) }),
  { header: "URL", width: 44, value: (row, context) => `${context.origin}/customers/${row.id}` },
];
