// The list's amount, risk level and date fields, shared by the filter bar (a server component)
// and the column headers' filters (rendered in the browser when opened): plain markup, no hooks.
import { minorToMajorText } from "@/lib/customers/schema";
import { RISK_LEVEL_LABELS } from "@/lib/risk/labels";
import { RISK_LEVELS } from "@/lib/risk/types";
import { dateInputProps, inputClassName } from "@/components/ui/field";

/** An "at least" amount, in major units (schema.ts: compared in the customer's own currency). */
export function MoneyMinField({ name, label, value, idPrefix }: { name: "mrrMin" | "arrMin"; label: string; value: number | undefined; idPrefix: string }) {
  const id = `${idPrefix}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <input id={id} name={name} type="text" inputMode="decimal" pattern="\d+(\.\d{1,2})?" size={10} defaultValue={value === undefined ? "" : minorToMajorText(value)}
        placeholder="e.g. 1000" aria-describedby="filter-money-hint" className={inputClassName} />
    </div>
  );
}

export function RiskLevelField({ selected, idPrefix }: { selected: readonly string[] | undefined; idPrefix: string }) {
  return (
    <fieldset>
      <legend className="block text-xs font-medium text-slate-600">Risk level</legend>
      <div className="flex gap-2 py-1.5">
        {RISK_LEVELS.map((level) => (
          <label key={level} htmlFor={`${idPrefix}-risk-${level}`} className="inline-flex items-center gap-1 text-xs">
            <input id={`${idPrefix}-risk-${level}`} type="checkbox" name="risk" value={level} defaultChecked={selected?.includes(level) ?? false} className="h-4 w-4" />
            {RISK_LEVEL_LABELS[level]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function UpdatedFields({ after, before, idPrefix }: { after: string | undefined; before: string | undefined; idPrefix: string }) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-updatedAfter`} className="block text-xs font-medium text-slate-600">Updated after</label>
        <input id={`${idPrefix}-updatedAfter`} name="updatedAfter" {...dateInputProps} defaultValue={after ?? ""} className={inputClassName} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-updatedBefore`} className="block text-xs font-medium text-slate-600">Updated before</label>
        <input id={`${idPrefix}-updatedBefore`} name="updatedBefore" {...dateInputProps} defaultValue={before ?? ""} className={inputClassName} />
      </div>
    </>
  );
}
