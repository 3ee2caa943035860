// The customers list's columns: their ids (the sort's and the column chooser's), labels and
// which may be hidden. One list that the table, the column chooser, the saved views, the URL's
// `cols` and the export read (docs/decisions/028).
import { labelledIds } from "../format/labelled-ids";

const columns = labelledIds({
  id: "Id",
  name: "Name",
  status: "Status",
  origin: "Origin",
  location: "Location",
  country: "Country",
  createdAt: "Created",
  accountManager: "Account manager",
  subscriptions: "Subscriptions",
  users: "Users",
  mrr: "MRR",
  arr: "ARR",
  risk: "Risk",
  updatedAt: "Last updated",
});
export const LIST_COLUMN_IDS = columns.ids;
export type ListColumnId = (typeof LIST_COLUMN_IDS)[number];
export const LIST_COLUMN_LABELS = columns.labels;

/** The name links to the customer: it is always shown. */
export const REQUIRED_COLUMNS: readonly ListColumnId[] = ["name"];

/** Every column, in the declared order: the list before anyone chooses. */
export const DEFAULT_COLUMNS: readonly ListColumnId[] = LIST_COLUMN_IDS;

export const isListColumnId = columns.is;

/** Known ids in the given order, each once, with the required ones added at the front if missing.
 * Unknown ids are dropped (a stale preference or a hand-edited link); none left: the default. */
export function normalizeColumns(ids: readonly string[]): ListColumnId[] {
  const known = [...new Set(ids.filter(isListColumnId))];
  if (known.length === 0) return [...DEFAULT_COLUMNS];
  const missing = REQUIRED_COLUMNS.filter((id) => !known.includes(id));
  return [...missing, ...known];
}

/** The `cols` text of a column list: ids joined by commas. */
export const columnsParam = (columns: readonly ListColumnId[]) => columns.join(",");

export const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);
