"use client";
// The Stats tab's chart. The table beside it is the accessible source of the same figures; the
// chart is a picture of them with a text alternative. recharts draws only once it knows its
// container's width, so on the server it would render an empty box at a cost on every request:
// the plot is loaded in the browser only, into a box of its final height (no layout shift).
import dynamic from "next/dynamic";
import type { UsageChartPoint } from "./usage-chart-plot";

export type { UsageChartPoint };

const CHART_HEIGHT = 280;

const UsageChartPlot = dynamic(() => import("./usage-chart-plot"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} />,
});

export function UsageChart({ points, caption }: { points: UsageChartPoint[]; caption: string }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{caption}</figcaption>
      <div role="img" aria-label={`${caption}. The table below lists the same figures.`} style={{ minHeight: CHART_HEIGHT }}>
        <UsageChartPlot points={points} height={CHART_HEIGHT} />
      </div>
    </figure>
  );
}
