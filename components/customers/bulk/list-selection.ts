"use client";
// The list's selection, shared by the export bar and the bulk action bar. The table is a server
// component, so its checkboxes (data-export-select="row"/"page") stay the state of which rows are
// ticked; this module holds the one flag they cannot: "all N matching" is selected. Every change
// of the flag (and every clear) notifies both bars, so they count the same boxes.
import { useSyncExternalStore } from "react";

export const ROW_BOXES = 'input[data-export-select="row"]';
export const PAGE_BOX = 'input[data-export-select="page"]';

let allMatching = false;
const listeners = new Set<() => void>();

export function subscribeSelection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets the flag and tells every bar to recount, even when the flag is unchanged (a clear). */
export function setAllMatching(value: boolean) {
  allMatching = value;
  for (const listener of listeners) listener();
}

export function useAllMatching(): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(subscribeSelection, () => allMatching, () => false);
  return [value, setAllMatching];
}

export function rowBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(ROW_BOXES)];
}

/** The ids of the ticked rows on this page. */
export function selectedIds(): number[] {
  return rowBoxes().filter((box) => box.checked).map((box) => Number(box.value));
}

/** Unticks every row and the page box, and drops "all matching". */
export function clearSelection() {
  for (const box of rowBoxes()) box.checked = false;
  const pageBox = document.querySelector<HTMLInputElement>(PAGE_BOX);
  if (pageBox) {
    pageBox.checked = false;
    pageBox.indeterminate = false;
    // The export bar counts the boxes on change events: tell it too.
    pageBox.dispatchEvent(new Event("change", { bubbles: true }));
  }
  setAllMatching(false);
}
