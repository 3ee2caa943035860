// The customers list, rendered on the server. TanStack Table (the engine behind
// @tanstack/react-table) defines the columns and the sort state in manual mode: the database sorts
// and pages, and the headers are links, so a sorted view is a URL that can be shared and Back
// returns to the previous one. The body's cells are formatted here and handed to CustomerRows as
// one short array per row: the only copy of the rows in the page's RSC payload (decision 037).
import Link from "next/link";
import { constructTable, createColumnHelper, flexRender, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
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
import { ColumnFilter, type ColumnFilterValues } from "./column-filter";
import { CustomerRows, ROW_ARCHIVED, ROW_WARNINGS, type RowCell, type RowData } from "./customer-rows";

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature });
const column = createColumnHelper<typeof features, CustomerListRow>();

/** Each column other than the name as its cell's value: what the user reads, formatted here. */
const CELLS: Record<Exclude<ListColumnId, "name">, (row: CustomerListRow) => RowCell> = {
  id: (row) => row.id,
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

/** One row as CustomerRows reads it: id, name, flags, then the visible columns' cells. */
function rowData(row: CustomerListRow, others: readonly Exclude<ListColumnId, "name">[]): RowData {
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

// Cell styles live on the table as selectors, not on each of the 700 cells: less HTML to render
// and send. Risk levels keep the colours of components/risk/risk-level-badge.tsx (4.5:1 contrast).
const TABLE_CLASS = [
  "min-w-full divide-y divide-slate-200 text-sm",
  "[&_td]:whitespace-nowrap [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:text-slate-600",
  "[&_td>input]:h-4 [&_td>input]:w-4 [&_th>input]:h-4 [&_th>input]:w-4",
  "[&_td>a]:font-medium [&_td>a:hover]:underline",
  "[&_[data-w]]:ml-2 [&_[data-w]]:text-xs [&_[data-w]]:font-semibold [&_[data-w]]:text-red-700",
  "[&_tbody]:divide-y [&_tbody]:divide-slate-100 [&_tbody_tr:not([data-warnings]):hover]:bg-slate-50",
  "[&_tr[data-warnings]]:bg-red-50 [&_tr[data-warnings]]:text-red-800 [&_tr[data-warnings]:hover]:bg-red-100",
  "[&_[data-rl]]:inline-flex [&_[data-rl]]:items-center [&_[data-rl]]:rounded-full [&_[data-rl]]:px-2 [&_[data-rl]]:py-0.5 [&_[data-rl]]:text-xs [&_[data-rl]]:font-semibold [&_[data-rl]]:tracking-wide [&_[data-rl]]:ring-1 [&_[data-rl]]:ring-inset",
  "[&_[data-rl=low]]:bg-emerald-50 [&_[data-rl=low]]:text-emerald-800 [&_[data-rl=low]]:ring-emerald-700/30",
  "[&_[data-rl=medium]]:bg-amber-50 [&_[data-rl=medium]]:text-amber-900 [&_[data-rl=medium]]:ring-amber-700/30",
  "[&_[data-rl=high]]:bg-orange-100 [&_[data-rl=high]]:text-orange-900 [&_[data-rl=high]]:ring-orange-700/40",
  "[&_[data-rl=critical]]:bg-red-700 [&_[data-rl=critical]]:text-white [&_[data-rl=critical]]:ring-red-800",
].join(" ");

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
  const others = ids.filter((id): id is Exclude<ListColumnId, "name"> => id !== "name");

  return (
    <ClientLinks className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className={TABLE_CLASS}>
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selectable && (
                <th scope="col" className="w-8">
                  <input type="checkbox" aria-label="Select all on this page" data-export-select="page" />
                </th>
              )}
              {group.headers.map((header) => {
                const id = header.column.id as SortColumn;
                const sorted = header.column.getIsSorted();
                const nextDir = sorted ? (sorted === "asc" ? "desc" : "asc") : defaultDirection(id);
                const filter = FILTERED_COLUMNS[id];
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : "none"}>
                    <Link href={customerListHref(query, { sort: id, dir: nextDir, page: 1 })} prefetch={false} className="inline-flex items-center gap-1 hover:text-slate-900">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="text-slate-400">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
                      </span>
                    </Link>
                    {filter && <ColumnFilter column={id} values={filter(query)} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <CustomerRows columns={ids} rows={rows.map((row) => rowData(row, others))} selectable={selectable} />
      </table>
    </ClientLinks>
  );
}
