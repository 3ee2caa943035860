"use client";
// The list's export controls: export every row of the current filter, or the rows ticked in the
// table. The table stays a server component; its checkboxes (name="ids", form="export-selection")
// belong to the form below, and this island only counts them, drives the page checkbox and offers
// "select all N matching" (which exports by filter, not by ids).
import type { ExportLinks } from "@/lib/export/href";
import { EXPORT_PATH } from "@/lib/export/path";
import { formatTotal } from "@/lib/format/counts";
import { buttonStyles } from "@/components/ui/button-styles";
import { clearSelection, setAllMatching } from "./bulk/list-selection";
import { useRowSelection } from "./bulk/use-row-selection";

export const EXPORT_FORM_ID = "export-selection";
const number = new Intl.NumberFormat("en-US");

type Props = { links: ExportLinks; total: number; totalIsLowerBound: boolean; sort: string; dir: string; columns: readonly string[] };

export function ExportBar({ links, total, totalIsLowerBound, sort, dir, columns }: Props) {
  // The checkboxes are the state, counted by the hook shared with the bulk action bar (which
  // acts on the same selection, "all matching" included).
  const { selected, onPage, allMatching } = useRowSelection();
  const clear = clearSelection;

  const wholePageSelected = onPage > 0 && selected === onPage;
  const totalText = formatTotal(total, totalIsLowerBound);
  return (
    <div className="flex flex-1 flex-wrap items-center justify-between gap-3 text-sm">
      <form id={EXPORT_FORM_ID} method="post" action={EXPORT_PATH} data-no-progress className="flex flex-wrap items-center gap-2" aria-label="Export selected customers">
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={dir} />
        {/* The chosen rows are exported with the visible columns, as the links below are. */}
        <input type="hidden" name="cols" value={columns.join(",")} />
        {allMatching ? (
          <>
            <span className="font-medium text-slate-700">All {totalText} matching customers selected.</span>
            <a href={links.csv} className={buttonStyles.secondary} download>Export all {totalText} CSV</a>
            <a href={links.csvExcel} className={buttonStyles.secondary} download>CSV for Excel</a>
            <a href={links.xlsx} className={buttonStyles.secondary} download>Export all {totalText} XLSX</a>
            <button type="button" onClick={clear} className="text-indigo-700 hover:underline">Clear selection</button>
          </>
        ) : selected > 0 ? (
          <>
            <span className="font-medium text-slate-700">{number.format(selected)} selected</span>
            <button type="submit" formAction={`${EXPORT_PATH}?format=csv`} className={buttonStyles.secondary}>Export selected ({selected}) CSV</button>
            <button type="submit" formAction={`${EXPORT_PATH}?format=csv&bom=1`} className={buttonStyles.secondary}>CSV for Excel</button>
            <button type="submit" formAction={`${EXPORT_PATH}?format=xlsx`} className={buttonStyles.secondary}>XLSX</button>
            {wholePageSelected && total > onPage && (
              <button type="button" onClick={() => setAllMatching(true)} className="text-indigo-700 hover:underline">
                Select all {totalText} matching
              </button>
            )}
            <button type="button" onClick={clear} className="text-indigo-700 hover:underline">Clear selection</button>
          </>
        ) : (
          <span className="text-slate-500">Tick rows to export only those.</span>
        )}
      </form>
      <nav aria-label="Export" className="flex flex-wrap items-center gap-2">
        <a href={links.csv} className={buttonStyles.secondary} download>Export CSV</a>
        <a href={links.csvExcel} className={buttonStyles.secondary} download title="CSV with a byte order mark, so Excel reads æ, ø and å">Export CSV for Excel</a>
        <a href={links.xlsx} className={buttonStyles.secondary} download>Export XLSX</a>
      </nav>
    </div>
  );
}
