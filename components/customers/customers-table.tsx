// The customers list, rendered on the server. TanStack Table (the engine behind
// @tanstack/react-table) defines the columns and the sort state in manual mode: the database sorts
// and pages, and the headers are links, so a sorted view is a URL that can be shared and Back
// returns to the previous one. No row data is shipped to the browser a second time for hydration
// (docs/decisions/005-server-rendered-list.md).
import Link from "next/link";
import {
  constructTable,
  createColumnHelper,
  flexRender,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
  type Column,
} from "@tanstack/react-table";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { CustomerListRow } from "@/lib/customers/queries";
import { customerListHref } from "@/lib/customers/list-url";
import { defaultDirection, type CustomerListQuery, type SortColumn } from "@/lib/customers/schema";
import type { ListColumnId } from "@/lib/customers/list-columns";
import { formatLocation, formatOrigin } from "@/lib/customers/format";
import { formatDate } from "@/lib/format/dates";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatTenths } from "@/lib/risk/score";
import { Badge } from "@/components/ui/badge";
import { ClientLinks } from "@/components/ui/client-links";
import { RiskLevelBadge } from "@/components/risk/risk-level-badge";
import { StatusBadge } from "./status-badge";
import { ColumnFilter } from "./column-filter";

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature });
const column = createColumnHelper<typeof features, CustomerListRow>();

const columns = column.columns([
  column.accessor("id", { id: "id", header: "Id", cell: (info) => info.getValue() }),
  column.accessor("name", {
    id: "name",
    header: "Name",
    cell: (info) => {
      const row = info.row.original;
      return (
        <>
          {/* A plain link (50 <Link> components cost more to render than they save); the table's
              ClientLinks turns its click into a client navigation. */}
          <a href={`/customers/${row.id}`} className="font-medium hover:underline">
            {row.name}
          </a>
          {row.hasWarnings && (
            <span title="Configuration warnings" className="ml-2 text-xs font-semibold text-red-700">
              <span aria-hidden="true">⚠</span> <span>warnings</span>
            </span>
          )}
          {row.archivedAt && <span className="ml-2"><Badge>Archived</Badge></span>}
        </>
      );
    },
  }),
  column.accessor("status", { id: "status", header: "Status", cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor("origin", { id: "origin", header: "Origin", cell: (info) => formatOrigin(info.getValue()) }),
  column.accessor((row) => formatLocation(row), { id: "location", header: "Location" }),
  column.accessor("country", { id: "country", header: "Country", cell: (info) => info.getValue() ?? "" }),
  column.accessor("createdAt", { id: "createdAt", header: "Created", cell: (info) => formatDate(info.getValue()) }),
  column.accessor((row) => row.accountManager?.name ?? "", { id: "accountManager", header: "Account manager" }),
  column.accessor("subscriptionCount", { id: "subscriptions", header: "Subscriptions", cell: (info) => info.getValue() }),
  column.accessor("userCount", { id: "users", header: "Users", cell: (info) => info.getValue() }),
  // In the customer's own currency (its settings), as the customer page shows them.
  column.accessor("mrrMinor", { id: "mrr", header: "MRR", cell: (info) => formatMoneyMinor(info.getValue(), info.row.original.currency) }),
  column.accessor("arrMinor", { id: "arr", header: "ARR", cell: (info) => formatMoneyMinor(info.getValue(), info.row.original.currency) }),
  column.accessor("riskScore", {
    id: "risk",
    header: "Risk",
    cell: (info) => (
      <>
        <span className="tabular-nums">{formatTenths(info.getValue())}</span> <RiskLevelBadge level={info.row.original.riskLevel} />
      </>
    ),
  }),
  column.accessor("updatedAt", { id: "updatedAt", header: "Last updated", cell: (info) => formatDate(info.getValue()) }),
]);
const columnById = new Map(columns.map((def) => [def.id as ListColumnId, def]));

/** Columns whose header also holds a filter (column-filter.tsx). */
const FILTERED_COLUMNS: readonly ListColumnId[] = ["mrr", "arr", "risk", "updatedAt"];

// Row selection for exports: the boxes belong to export-bar.tsx's form through their `form`
// attribute, so the ids post with it; that small client component counts them. The table stays
// on the server.
const selectColumn = column.display({
  id: "select",
  header: () => <input type="checkbox" aria-label="Select all on this page" data-export-select="page" className="h-4 w-4" />,
  cell: (info) => (
    <input type="checkbox" name="ids" value={info.row.original.id} form="export-selection" aria-label={`Select ${info.row.original.name}`} data-export-select="row" className="h-4 w-4" />
  ),
});

type ListColumn = Column<typeof features, CustomerListRow, unknown>;

/** A body cell: the column's accessor on the row, then its cell renderer, given the two things
 * our renderers read (the value and the row). TanStack's own per-cell API (row model, cells,
 * `cell.getContext()`, `cell.getValue()`) goes through the table's store on every call; with it,
 * and with the renderers mounted as components, the default list took about 15 ms instead of
 * 11.4 ms (decision 005). The header row, where the sort state is read, still uses the API. */
function renderCell(column: ListColumn, row: CustomerListRow, index: number): React.ReactNode {
  const value = column.accessorFn?.(row, index);
  const context = { getValue: () => value, renderValue: () => value, row: { original: row } };
  const cell = column.columnDef.cell;
  // The renderers are plain functions (no hooks): called directly, not mounted as 400 components.
  return typeof cell === "function" ? cell(context as unknown as CellContext<typeof features, CustomerListRow, unknown>) : cell;
}

type TableProps = { rows: CustomerListRow[]; query: CustomerListQuery; visible: readonly ListColumnId[]; selectable?: boolean };

export function CustomersTable({ rows, query, visible, selectable = false }: TableProps) {
  // The chosen columns in the chosen order (list-columns.ts has already dropped unknown ids).
  const shown = visible.flatMap((id) => columnById.get(id) ?? []);
  const table = constructTable({
    features,
    columns: selectable ? [selectColumn, ...shown] : shown,
    data: rows,
    manualSorting: true,
    state: { sorting: [{ id: query.sort, desc: query.dir === "desc" }] },
  });
  const leafColumns = table.getAllLeafColumns();

  return (
    <ClientLinks className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* Cell styles live on the table, not on each of the 400 cells: less HTML to render and send. */}
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:whitespace-nowrap [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:text-slate-600">
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                if (header.column.id === "select") {
                  return <th key={header.id} scope="col" className="w-8">{flexRender(header.column.columnDef.header, header.getContext())}</th>;
                }
                const id = header.column.id as SortColumn;
                const sorted = header.column.getIsSorted();
                const nextDir = sorted ? (sorted === "asc" ? "desc" : "asc") : defaultDirection(id);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : "none"}
                  >
                    <Link href={customerListHref(query, { sort: id, dir: nextDir, page: 1 })} prefetch={false} className="inline-flex items-center gap-1 hover:text-slate-900">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="text-slate-400">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
                      </span>
                    </Link>
                    {FILTERED_COLUMNS.includes(id) && <ColumnFilter column={id} query={query} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100 [&_tr:not([data-warnings]):hover]:bg-slate-50">
          {rows.map((row, index) => (
            <tr
              key={row.id}
              data-warnings={row.hasWarnings ? "true" : undefined}
              className={row.hasWarnings ? "bg-red-50 text-red-800 hover:bg-red-100" : undefined}
            >
              {leafColumns.map((column) => (
                <td key={column.id}>{renderCell(column, row, index)}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={shown.length + (selectable ? 1 : 0)} className="text-center text-slate-500" style={{ paddingBlock: "2.5rem" }}>
                No customers match these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ClientLinks>
  );
}
