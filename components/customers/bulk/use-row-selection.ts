"use client";
// Counts the list's ticked rows for the export and bulk bars: after every checkbox change, and
// whenever the shared selection changes (a Clear, "all matching" picked in the other bar).
import { useCallback, useEffect, useState } from "react";
import { PAGE_BOX, ROW_BOXES, rowBoxes, setAllMatching, subscribeSelection, useAllMatching } from "./list-selection";

export function useRowSelection() {
  const [selected, setSelected] = useState(0);
  const [onPage, setOnPage] = useState(0);
  const [allMatching] = useAllMatching();

  const recount = useCallback(() => {
    const boxes = rowBoxes();
    const checked = boxes.filter((box) => box.checked).length;
    setSelected(checked);
    setOnPage(boxes.length);
    const pageBox = document.querySelector<HTMLInputElement>(PAGE_BOX);
    if (pageBox) {
      pageBox.checked = boxes.length > 0 && checked === boxes.length;
      pageBox.indeterminate = checked > 0 && checked < boxes.length;
    }
    return { checked, count: boxes.length };
  }, []);

  useEffect(() => {
    const onChange = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target.matches(PAGE_BOX)) {
        const check = (target as HTMLInputElement).checked;
        for (const box of rowBoxes()) box.checked = check;
      }
      if (target.matches(`${PAGE_BOX}, ${ROW_BOXES}`)) recountAndCheck();
    };
    // "All matching" holds only while the whole page stays ticked (and not across pages).
    const recountAndCheck = () => {
      const { checked, count } = recount();
      if (checked < count || count === 0) setAllMatching(false);
    };
    document.addEventListener("change", onChange);
    const unsubscribe = subscribeSelection(() => void recount());
    recountAndCheck();
    return () => {
      document.removeEventListener("change", onChange);
      unsubscribe();
    };
  }, [recount]);

  return { selected, onPage, allMatching, wholePage: onPage > 0 && selected === onPage };
}
