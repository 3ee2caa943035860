"use client";
// The list's export controls: export every row of the current filter, or the rows ticked in the
// table. The table stays a server component; its checkboxes (name="ids", form="export-selection")
// belong to the form below, and this island only counts them, drives the page checkbox and offers
// "select all N matching" (which exports by filter, not by ids).
import { useCallback, useEffect, useState } from "react";
import type { ExportLinks } from "@/lib/export/href";
import { EXPORT_PATH } from "@/lib/export/path";
import { buttonStyles } from "@/components/ui/button-styles";
import { useAllMatching } from "./bulk/list-selection";

export const EXPORT_FORM_ID = "export-selection";
const ROW_BOXES = 'input[data-export-select="row"]';
const PAGE_BOX = 'input[data-export-select="page"]';

const number = new Intl.NumberFormat("en-US");

function rowBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(ROW_BOXES)];
}

export function ExportBar({ links, total, sort, dir }: { links: ExportLinks; total: number; sort: string; dir: string }) {
  const [selected, setSelected] = useState(0);
  const [onPage, setOnPage] = useState(0);
  // Shared with the bulk action bar, which acts on the same "all matching" selection.
  const [allMatching, setAllMatching] = useAllMatching();

  // The checkboxes are the state: count them after every change (and when the page changes).
  const recount = useCallback(() => {
    const boxes = rowBoxes();
    const checked = boxes.filter((box) => box.checked).length;
    setSelected(checked);
    setOnPage(boxes.length);
    if (checked < boxes.length || boxes.length === 0) setAllMatching(false);
    const pageBox = document.querySelector<HTMLInputElement>(PAGE_BOX);
    if (pageBox) {
      pageBox.checked = boxes.length > 0 && checked === boxes.length;
      pageBox.indeterminate = checked > 0 && checked < boxes.length;
    }
  }, []);

  useEffect(() => {
    const onChange = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target.matches(PAGE_BOX)) {
        const check = (target as HTMLInputElement).checked;
        for (const box of rowBoxes()) box.checked = check;
      }
      if (target.matches(`${PAGE_BOX}, ${ROW_BOXES}`)) recount();
    };
    document.addEventListener("change", onChange);
    recount();
    return () => document.removeEventListener("change", onChange);
  }, [recount]);

  const clear = () => {
    for (const box of rowBoxes()) box.checked = false;
    recount();
  };

  const wholePageSelected = onPage > 0 && selected === onPage;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <form id={EXPORT_FORM_ID} method="post" action={EXPORT_PATH} data-no-progress className="flex flex-wrap items-center gap-2" aria-label="Export selected customers">
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={dir} />
        {allMatching ? (
          <>
            <span className="font-medium text-slate-700">All {number.format(total)} matching customers selected.</span>
            <a href={links.csv} className={buttonStyles.secondary} download>Export all {number.format(total)} CSV</a>
            <a href={links.csvExcel} className={buttonStyles.secondary} download>CSV for Excel</a>
            <a href={links.xlsx} className={buttonStyles.secondary} download>Export all {number.format(total)} XLSX</a>
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
                Select all {number.format(total)} matching
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
