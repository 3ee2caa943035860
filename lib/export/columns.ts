// The export format's columns: the list's visible columns in the list's order (the user's choice
// or a saved view's, lib/customers/list-columns.ts; every column without one), then the
// declaration's other exported fields (lib/customers/fields.ts), then Warnings and the customer
// page URL. Headers and widths are the declaration's. Money is written in major units with the
// customer's currency in a column of its own after the first money column.
import { EXPORTED_FIELDS, type ExportedField } from "../customers/fields";
import { formatLocation, formatOrigin } from "../customers/format";
import { DEFAULT_COLUMNS, LIST_COLUMN_LABELS, type ListColumnId } from "../customers/list-columns";
import { RISK_LEVEL_LABELS } from "../risk/labels";
import { formatTenths } from "../risk/score";
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

/** Minor units as an exact decimal text, "1234.50". */
export function majorText(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

const money = (header: string, pick: (row: ExportRow) => bigint): ExportColumn => ({
  header,
  width: 14,
  value: (row) => Number(majorText(pick(row))),
  csv: (row) => majorText(pick(row)),
});
const listLabel = (id: ListColumnId) => LIST_COLUMN_LABELS[id];

/** Each list column's export columns (Risk is two: the score and its level). */
const LIST_EXPORT_COLUMNS: Record<ListColumnId, readonly ExportColumn[]> = {
  id: [fieldColumn("id", { value: (row) => row.id })],
  name: [fieldColumn("name", { value: (row) => row.name })],
  status: [fieldColumn("status", { value: (row) => row.status })],
  origin: [fieldColumn("origin", { value: (row) => formatOrigin(row.origin) })],
  location: [{ header: "Location", width: 28, value: (row) => formatLocation(row) }],
  country: [fieldColumn("country", { value: (row) => row.country ?? "" })],
  createdAt: [fieldColumn("createdAt", { numFmt: "yyyy-mm-dd", value: (row) => toDate(row.createdAt), csv: (row) => utcDay(row.createdAt) })],
  accountManager: [fieldColumn("accountManagerId", { value: (row) => row.accountManager?.name ?? "" })],
  subscriptions: [{ header: listLabel("subscriptions"), width: 14, value: (row) => row.subscriptionCount }],
  users: [{ header: listLabel("users"), width: 8, value: (row) => row.userCount }],
  mrr: [money(listLabel("mrr"), (row) => row.mrrMinor)],
  arr: [money(listLabel("arr"), (row) => row.arrMinor)],
  risk: [
    { header: "Risk score", width: 11, value: (row) => row.riskScore / 10, csv: (row) => formatTenths(row.riskScore) },
    { header: "Risk level", width: 11, value: (row) => RISK_LEVEL_LABELS[row.riskLevel as keyof typeof RISK_LEVEL_LABELS] ?? row.riskLevel },
  ],
  updatedAt: [{ header: listLabel("updatedAt"), width: 12, numFmt: "yyyy-mm-dd", value: (row) => toDate(row.updatedAt), csv: (row) => utcDay(row.updatedAt) }],
};

const CURRENCY_COLUMN: ExportColumn = { header: "Currency", width: 9, value: (row) => row.currency };

const TRAILING_COLUMNS: readonly ExportColumn[] = [
  ...EXTRA_EXPORT_FIELDS.map((def, index): ExportColumn => ({ header: def.label, width: def.exported.width, value: (row) => row.extra[index] ?? "" })),
  fieldColumn("warnings", { value: (row) => warningText(row) }),
  { header: "URL", width: 44, value: (row, context) => `${context.origin}/customers/${row.id}` },
];

/** The export's columns for the list's visible columns, in their order. */
export function exportColumns(visible: readonly ListColumnId[] = DEFAULT_COLUMNS): ExportColumn[] {
  const columns: ExportColumn[] = [];
  let currency = false;
  for (const id of visible) {
    columns.push(...LIST_EXPORT_COLUMNS[id]);
    if ((id === "mrr" || id === "arr") && !currency) {
      columns.push(CURRENCY_COLUMN);
      currency = true;
    }
  }
  return [...columns, ...TRAILING_COLUMNS];
}

/** Every list column's export, in the declared order: an export that names no columns. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = exportColumns();
