// The customers list, rendered on the server. TanStack Table (the engine behind
// @tanstack/react-table) defines the columns and the sort state in manual mode: the database sorts
// and pages, and the headers are links, so a sorted view is a URL that can be shared and Back
// returns to the previous one. The body's cells are formatted here and handed to CustomerRows as
// one short array per row: the only copy of the rows in the page's RSC payload (decision 037).
import { constructTable, createColumnHelper, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { CustomerListRow } from "@/lib/customers/queries";
import { customerListHref } from "@/lib/customers/list-url";
import { defaultDirection, type CustomerListQuery, type SortColumn } from "@/lib/customers/schema";
import { LIST_COLUMN_LABELS, type ListColumnId } from "@/lib/customers/list-columns";
import { formatLocation, formatOrigin } from "@/lib/customers/format";
import { formatDate } from "@/lib/format/dates";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatTenths } from "@/lib/risk/score";
import { ClientLinks } from "@/components/ui/client-links";
import type { ColumnFilterValues } from "./column-filter";
import { CustomerHead, CustomerRows } from "./customer-rows";
import { ROW_ARCHIVED, ROW_WARNINGS, type HeadCell, type RowCell, type RowData } from "./customer-row-data";
import "./customers-table.css";

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature });
const column = createColumnHelper<typeof features, CustomerListRow>();

/** Each column other than the name as its cell's value: what the user reads, formatted here. */
const CELLS: Record<Exclude<ListColumnId, "name" | "id">, (row: CustomerListRow) => RowCell> = {
  status: (row) => row.status,
  origin: (row) => formatOrigin(row.origin),
  location: (row) => formatLocation(row),
  country: (row) => row.country ?? "",
  createdAt: (row) => formatDate(row.createdAt),
  accountManager: (row) => row.accountManager?.name ?? "",
  subscriptions: (row) => row.subscriptionCount,
  users: (row) => row.userCount,
  // In the customer's own currency (its settings), as the customer page shows them.
  mrr: (row) => formatMoneyMinor(row.mrrMinor, row.currency),
  arr: (row) => formatMoneyMinor(row.arrMinor, row.currency),
  risk: (row) => [formatTenths(row.riskScore), row.riskLevel],
  updatedAt: (row) => formatDate(row.updatedAt),
};

/** One row as CustomerRows reads it: id, name, flags, then the visible columns' cells (but for
 * the id and the name, which come first anyway). */
function rowData(row: CustomerListRow, others: readonly Exclude<ListColumnId, "name" | "id">[]): RowData {
  const flags = (row.hasWarnings ? ROW_WARNINGS : 0) | (row.archivedAt ? ROW_ARCHIVED : 0);
  return [row.id, row.name, flags, ...others.map((id) => CELLS[id](row))];
}

// The headers only: TanStack keeps the sort state the header links read.
const headerColumns = new Map(
  (Object.keys(LIST_COLUMN_LABELS) as ListColumnId[]).map((id) => [id, column.display({ id, header: LIST_COLUMN_LABELS[id] })]),
);

/** Columns whose header also holds a filter (column-filter.tsx), and the parameters each sets. */
const FILTERED_COLUMNS: Partial<Record<ListColumnId, (query: CustomerListQuery) => ColumnFilterValues>> = {
  mrr: (query) => ({ mrrMin: query.mrrMin }),
  arr: (query) => ({ arrMin: query.arrMin }),
  risk: (query) => ({ risk: query.risk }),
  updatedAt: (query) => ({ updatedAfter: query.updatedAfter, updatedBefore: query.updatedBefore }),
};

/** The values that are set: an unset one would travel as "$undefined". */
const definedOnly = (values: ColumnFilterValues): ColumnFilterValues =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

type TableProps = { rows: CustomerListRow[]; query: CustomerListQuery; visible: readonly ListColumnId[]; selectable?: boolean };

export function CustomersTable({ rows, query, visible, selectable = false }: TableProps) {
  // The chosen columns in the chosen order (list-columns.ts has already dropped unknown ids).
  const shown = visible.flatMap((id) => headerColumns.get(id) ?? []);
  const table = constructTable({
    features,
    columns: shown,
    data: rows,
    manualSorting: true,
    state: { sorting: [{ id: query.sort, desc: query.dir === "desc" }] },
  });
  const ids = shown.map((def) => def.id as ListColumnId);
  // The header row as data (customer-rows.tsx draws it): TanStack's sort state, each column's
  // sort link and its header filter's values.
  const head: HeadCell[] = table.getHeaderGroups()[0].headers.map((header) => {
    const id = header.column.id as SortColumn;
    const sorted = header.column.getIsSorted();
    const nextDir = sorted ? (sorted === "asc" ? "desc" : "asc") : defaultDirection(id);
    const filter = FILTERED_COLUMNS[id];
    return [id, LIST_COLUMN_LABELS[id], customerListHref(query, { sort: id, dir: nextDir, page: 1 }), sorted || "", filter ? definedOnly(filter(query)) : null];
  });
  const others = ids.filter((id): id is Exclude<ListColumnId, "name" | "id"> => id !== "name" && id !== "id");

  return (
    <ClientLinks className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="customers-table">
        <CustomerHead cells={head} listUrl={customerListHref(query)} selectable={selectable} />
        <CustomerRows columns={ids} rows={rows.map((row) => rowData(row, others))} selectable={selectable} />
      </table>
    </ClientLinks>
  );
}
