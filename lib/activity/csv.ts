// The activity log as CSV: the rows the page shows for the same filters, newest first, every
// cell made safe for spreadsheets like the customer export.
import Papa from "papaparse";
import { neutralizeFormula, UTF8_BOM } from "../export/csv";
import type { ActivityRow } from "./queries";
import { ACTIVITY_KIND_LABELS } from "./schema";

export const ACTIVITY_CSV_MAX_ROWS = 50_000;

export function activityCsv(rows: readonly ActivityRow[]): string {
  const table = [
    ["Time (UTC)", "Kind", "What", "Who", "Detail"],
    ...rows.map((row) => [row.at.toISOString(), ACTIVITY_KIND_LABELS[row.kind], row.what, row.who, row.detail]),
  ].map((cells) => cells.map(neutralizeFormula));
  return `${UTF8_BOM}${Papa.unparse(table, { newline: "\r\n" })}\r\n`;
}
