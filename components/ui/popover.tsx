"use client";
// A disclosure whose panel floats over the page: a native <details> (it opens without
// JavaScript, Escape-free but keyboard-operable through its summary) whose open panel is placed
// in the viewport under its summary. Placed `fixed`, the panel is not clipped by a scrolling
// ancestor, such as a table's card that scrolls sideways (a header filter's form in the customers
// table was cut off at the card's edge); it follows its summary when the page or the table
// scrolls, and stays inside the screen. Without JavaScript it hangs below the summary as before.
import { useCallback, useEffect, useRef, useState } from "react";

type Props = {
  summary: React.ReactNode;
  summaryClassName: string;
  /** The panel's width in px (also its Tailwind width, given in panelClassName). */
  width: number;
  className?: string;
  panelClassName: string;
  /** Render the panel's content only while it is open (in the browser): a header filter's form
   * is not sent with every list page (decision 037). */
  lazy?: boolean;
  children: React.ReactNode;
};

const MARGIN = 8;

export function Popover({ summary, summaryClassName, width, className = "", panelClassName, lazy = false, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  const measure = useCallback(() => {
    const element = details.current;
    const anchor = element?.querySelector("summary");
    if (!element?.open || !anchor) return setPlace(null);
    const box = anchor.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
    setPlace({ top: box.bottom + 4, left });
  }, [width]);

  useEffect(() => {
    if (!place) return;
    // Capture: a table's own sideways scroll does not bubble to the window.
    window.addEventListener("scroll", measure, true);
    window.addEventListener("resize", measure);
    return () => {
      window.removeEventListener("scroll", measure, true);
      window.removeEventListener("resize", measure);
    };
  }, [place, measure]);

  return (
    <details ref={details} onToggle={measure} className={`relative ${className}`}>
      <summary className={summaryClassName}>{summary}</summary>
      <div style={place ? { position: "fixed", top: place.top, left: place.left } : undefined} className={`absolute z-30 mt-1 ${panelClassName}`}>
        {lazy && !place ? null : children}
      </div>
    </details>
  );
}
