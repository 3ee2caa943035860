"use client";
// The customers table's body. The server formats each row's visible cells (customers-table.tsx)
// and sends them here as one short array per row; this component turns them into the cells, on
// the server for the HTML and in the browser on hydration. Rendered on the server as elements
// instead, every cell travelled twice: as HTML and again as a React element in the page's RSC
// payload (about 2 KB a row with 14 columns). The cells carry no classes: the table styles them
// through its columns' selectors (decision 037).
import Link from "next/link";
import type { ListColumnId } from "@/lib/customers/list-columns";
import { RISK_LEVEL_LABELS } from "@/lib/risk/labels";
import { StatusBadge } from "./status-badge";
import { ColumnFilter, type ColumnFilterValues } from "./column-filter";
import { ROW_ARCHIVED, ROW_WARNINGS, type HeadCell, type RowData } from "./customer-row-data";

/** The header row, from one short array per column (HeadCell): each header a link that sorts by
 * it, four with a filter. Sent as elements, each header cost about 350 bytes of the RSC payload
 * on every page and every click; as data about 60 (decision 041). `listUrl` keys the header
 * filters: a new list closes them and shows the new values. */
export function CustomerHead({ cells, listUrl, selectable }: { cells: HeadCell[]; listUrl: string; selectable: boolean }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {selectable && (
          <th scope="col" className="w-8">
            <input type="checkbox" aria-label="Select all on this page" data-export-select="page" />
          </th>
        )}
        {cells.map(([id, label, href, sorted, filter]) => (
          <th key={id} scope="col" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : "none"}>
            <Link href={href} prefetch={false} className="inline-flex items-center gap-1 hover:text-slate-900">
              {label}
              <span aria-hidden="true" className="text-slate-400">
                {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
              </span>
            </Link>
            {filter && <ColumnFilter key={listUrl} column={id as ListColumnId} values={filter as ColumnFilterValues} />}
          </th>
        ))}
      </tr>
    </thead>
  );
}

type Props = { columns: readonly ListColumnId[]; rows: RowData[]; selectable: boolean };

export function CustomerRows({ columns, rows, selectable }: Props) {
  // Each row carries its id, name and flags first (the name column is always shown,
  // list-columns.ts) and the other columns' cells after them, in the visible order.
  return (
    <tbody>
      {rows.map(([id, name, flags, ...cells]) => {
        const warnings = (flags & ROW_WARNINGS) !== 0;
        let at = 0;
        return (
          <tr key={id} data-warnings={warnings ? "true" : undefined} className={warnings ? "bg-red-50 text-red-800 hover:bg-red-100" : undefined}>
            {selectable && (
              <td>
                <input type="checkbox" name="ids" value={id} form="export-selection" aria-label={`Select ${name}`} data-export-select="row" />
              </td>
            )}
            {columns.map((column) => {
              if (column === "name") {
                return (
                  <td key="name">
                    <a href={`/customers/${id}`}>{name}</a>
                    {warnings && <span title="Configuration warnings" data-w=""><span aria-hidden="true">⚠</span> <span>warnings</span></span>}
                    {(flags & ROW_ARCHIVED) !== 0 && <span className="badge badge-gray ml-2">Archived</span>}
                  </td>
                );
              }
              if (column === "id") return <td key={column}>{id}</td>;
              const cell = cells[at++];
              if (column === "status") return <td key={column}><StatusBadge status={String(cell)} /></td>;
              if (column === "risk" && Array.isArray(cell)) {
                return <td key={column}>{`${cell[0]} `}<span data-testid="risk-level" data-rl={cell[1]}>{RISK_LEVEL_LABELS[cell[1]]}</span></td>;
              }
              return <td key={column}>{cell as string | number}</td>;
            })}
          </tr>
        );
      })}
      {rows.length === 0 && (
        <tr>
          <td colSpan={columns.length + (selectable ? 1 : 0)} className="text-center text-slate-500" style={{ paddingBlock: "2.5rem" }}>
            No customers match these filters.
          </td>
        </tr>
      )}
    </tbody>
  );
}
