// The Stats tab: range selector, chart and table of the months, or a notice when the range is empty.
import Link from "next/link";
import { monthRangeQuery, type MonthRange } from "@/lib/usage/month-range";
import type { UsageMonth } from "@/lib/usage/queries";
import { MonthRangeForm, type RangePreset } from "./month-range-form";
import { UsageChart } from "./usage-chart";
import { UsageTable } from "./usage-table";

const GiB = 1024 ** 3;

type Props = { basePath: string; range: MonthRange; months: UsageMonth[]; presets: RangePreset[]; dataRange: MonthRange | null };

export function CustomerStats({ basePath, range, months, presets, dataRange }: Props) {
  const hasData = months.some((month) => month.recorded);
  const rangeText = range.from === range.to ? range.from : `${range.from} to ${range.to}`;
  return (
    <section aria-labelledby="stats-heading" className="space-y-4">
      <h2 id="stats-heading" className="text-lg font-semibold">Customer Statistics</h2>
      <MonthRangeForm basePath={basePath} range={range} presets={presets} />
      {hasData ? (
        <>
          <UsageChart
            caption={`Studies and storage per month, ${rangeText}`}
            points={months.map((month) => ({
              month: month.month,
              studies: month.studies,
              storageGiB: Math.round((Number(month.storageBytes) / GiB) * 100) / 100,
            }))}
          />
          <UsageTable months={months} />
        </>
      ) : (
        <p role="status" className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600">
          No usage recorded from {range.from} to {range.to}.
          {dataRange ? (
            <>
              {" "}This customer&apos;s usage is recorded from {dataRange.from} to {dataRange.to}:{" "}
              <Link href={`${basePath}?${monthRangeQuery(dataRange)}`} className="font-medium text-indigo-700 underline">
                show {dataRange.from} to {dataRange.to}
              </Link>
              .
            </>
          ) : (
            " No images have arrived from this customer yet."
          )}
        </p>
      )}
    </section>
  );
}
