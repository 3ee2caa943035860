"use client";
// The Stats tab's chart. The table beside it is the accessible source of the same figures; the
// chart is a picture of them with a text alternative. recharts draws only once it knows its
// container's width, so on the server it would render an empty box at a cost on every request:
// the plot is loaded in the browser only, into a box of its final height (no layout shift).
// It is mounted only once the tab has painted and the browser is idle: recharts is a 450 KB chunk
// whose parsing and first render would otherwise hold the tab's table and figures back (the Stats
// tab answered a click in 265 ms against about 120 ms for the other tabs; decision 033).
import dynamic from "next/dynamic";
import { startTransition, useEffect, useState } from "react";
import type { UsageChartPoint } from "./usage-chart-plot";

export type { UsageChartPoint };

const CHART_HEIGHT = 280;

const UsageChartPlot = dynamic(() => import("./usage-chart-plot"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} />,
});

/** Calls `then` in the browser's next idle period after a paint (at the latest after `timeout`). */
function afterPaintWhenIdle(then: () => void, timeout = 500): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(then, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(then, 50);
  return () => window.clearTimeout(id);
}

export function UsageChart({ points, caption }: { points: UsageChartPoint[]; caption: string }) {
  const [plotted, setPlotted] = useState(false);
  useEffect(() => afterPaintWhenIdle(() => startTransition(() => setPlotted(true))), []);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{caption}</figcaption>
      <div role="img" aria-label={`${caption}. The table below lists the same figures.`} style={{ minHeight: CHART_HEIGHT }}>
        {plotted ? <UsageChartPlot points={points} height={CHART_HEIGHT} /> : <div style={{ height: CHART_HEIGHT }} />}
      </div>
    </figure>
  );
}
