"use client";
// Studies (bars) and storage (line, its own axis) by month: the recharts part of UsageChart,
// loaded in the browser only (usage-chart.tsx).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

export type UsageChartPoint = { month: string; studies: number; storageGiB: number };

export default function UsageChartPlot({ points, height }: { points: UsageChartPoint[]; height: number }) {
  return (
    <ComposedChart responsive data={points} style={{ width: "100%", height }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="month" tick={{ fontSize: 12 }} />
      <YAxis yAxisId="studies" allowDecimals={false} tick={{ fontSize: 12 }} label={{ value: "Studies", angle: -90, position: "insideLeft", fontSize: 12 }} />
      <YAxis
        yAxisId="storage"
        orientation="right"
        tick={{ fontSize: 12 }}
        tickFormatter={(value: number) => `${value} GB`}
        label={{ value: "Storage (GB)", angle: 90, position: "insideRight", fontSize: 12 }}
      />
      <Tooltip formatter={(value, name) => (name === "Storage" ? `${Number(value).toFixed(2)} GB` : value)} />
      <Legend />
      <Bar yAxisId="studies" dataKey="studies" name="Studies" fill="#6366f1" isAnimationActive={false} />
      <Line yAxisId="storage" dataKey="storageGiB" name="Storage" stroke="#0f766e" strokeWidth={2} dot={false} isAnimationActive={false} />
    </ComposedChart>
  );
}
