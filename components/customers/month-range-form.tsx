// The Stats tab's range: two month inputs and Apply (a plain GET form, so the range is in the
// URL and works without JavaScript), and presets as links.
import Link from "next/link";
import type { MonthRange } from "@/lib/usage/month-range";
import { monthRangeQuery } from "@/lib/usage/month-range";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputClassName } from "@/components/ui/field";

export type RangePreset = { label: string; range: MonthRange };

export function MonthRangeForm({ basePath, range, presets }: { basePath: string; range: MonthRange; presets: RangePreset[] }) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" aria-label="Month range">
        <div className="space-y-1">
          <label htmlFor="range-from" className="block text-sm font-medium text-slate-700">From</label>
          <input id="range-from" name="from" type="month" defaultValue={range.from} className={inputClassName} required />
        </div>
        <div className="space-y-1">
          <label htmlFor="range-to" className="block text-sm font-medium text-slate-700">To</label>
          <input id="range-to" name="to" type="month" defaultValue={range.to} className={inputClassName} required />
        </div>
        <button type="submit" className={buttonStyles.secondary}>Apply</button>
      </form>
      <nav aria-label="Range presets" className="flex flex-wrap gap-2 text-sm">
        {presets.map((preset) => {
          const current = preset.range.from === range.from && preset.range.to === range.to;
          return (
            <Link
              key={preset.label}
              href={`${basePath}?${monthRangeQuery(preset.range)}`}
              aria-current={current ? "true" : undefined}
              className={`rounded-full border px-3 py-1 ${current ? "border-indigo-600 bg-indigo-50 text-indigo-700" : "border-slate-300 text-slate-600 hover:bg-slate-50"}`}
            >
              {preset.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
