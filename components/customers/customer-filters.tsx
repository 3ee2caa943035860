// The list's filter bar: a GET form (FilterForm), so filtering works before any JavaScript loads
// and every filtered view is a URL. Submitting starts again at page 1.
import { ARCHIVED_FILTERS, CUSTOMER_ORIGINS, CUSTOMER_STATUSES, MAX_SEARCH_LENGTH, minorToMajorText, type CustomerListQuery } from "@/lib/customers/schema";
import { formatOrigin } from "@/lib/customers/format";
import { columnsParam } from "@/lib/customers/list-columns";
import { customerListHref, customerListSearch } from "@/lib/customers/list-url";
import { RISK_LEVEL_LABELS } from "@/lib/risk/labels";
import { RISK_LEVELS } from "@/lib/risk/types";
import { WARNING_RULES } from "@/lib/warnings/rules";
import { dateInputProps, inputClassName } from "@/components/ui/field";
import { FilterForm } from "./filter-form";

const ARCHIVED_LABELS = { active: "Active", archived: "Archived", all: "Active and archived" } as const;

export function CustomerFilters({ query }: { query: CustomerListQuery }) {
  return (
    // Keyed by the URL: after a client-side navigation (a chip, Back) the selects show the new query.
    <FilterForm key={customerListHref(query)}>
      {/* Wide enough for the whole hint, the full width of a phone. */}
      <div className="basis-full sm:min-w-80 sm:flex-1 sm:basis-auto">
        <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} maxLength={MAX_SEARCH_LENGTH} placeholder="Name, id, billing email, org. number, city" className={inputClassName} />
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-xs font-medium text-slate-600">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={inputClassName}>
          <option value="">all</option>
          {CUSTOMER_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-origin" className="block text-xs font-medium text-slate-600">Origin</label>
        <select id="filter-origin" name="origin" defaultValue={query.origin ?? ""} className={inputClassName}>
          <option value="">all</option>
          {CUSTOMER_ORIGINS.map((origin) => <option key={origin} value={origin}>{formatOrigin(origin)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-archived" className="block text-xs font-medium text-slate-600">Show</label>
        <select id="filter-archived" name="archived" defaultValue={query.archived} className={inputClassName}>
          {ARCHIVED_FILTERS.map((value) => <option key={value} value={value}>{ARCHIVED_LABELS[value]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-warning" className="block text-xs font-medium text-slate-600">Warnings</label>
        <select id="filter-warning" name="warning" defaultValue={query.warning ?? ""} className={inputClassName}>
          <option value="">all customers</option>
          <option value="any">any warning</option>
          {WARNING_RULES.map((rule) => <option key={rule.id} value={rule.id}>{rule.message}</option>)}
        </select>
      </div>
      <MoneyMinField name="mrrMin" label="MRR at least" value={query.mrrMin} idPrefix="filter" />
      <MoneyMinField name="arrMin" label="ARR at least" value={query.arrMin} idPrefix="filter" />
      <RiskLevelField selected={query.risk} idPrefix="filter" />
      <UpdatedFields query={query} idPrefix="filter" />
      <p id="filter-money-hint" className="basis-full text-xs text-slate-600">
        MRR and ARR: major units (1000 or 1000.50) in each customer&apos;s own currency, not converted. Dates are UTC days, the day itself not included.
      </p>
      {query.sort !== "createdAt" && <input type="hidden" name="sort" value={query.sort} />}
      <input type="hidden" name="dir" value={query.dir} />
      {query.cols && <input type="hidden" name="cols" value={columnsParam(query.cols)} />}
      {query.pageSize !== 50 && <input type="hidden" name="pageSize" value={query.pageSize} />}
    </FilterForm>
  );
}

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

export function UpdatedFields({ query, idPrefix }: { query: CustomerListQuery; idPrefix: string }) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-updatedAfter`} className="block text-xs font-medium text-slate-600">Updated after</label>
        <input id={`${idPrefix}-updatedAfter`} name="updatedAfter" {...dateInputProps} defaultValue={query.updatedAfter ?? ""} className={inputClassName} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-updatedBefore`} className="block text-xs font-medium text-slate-600">Updated before</label>
        <input id={`${idPrefix}-updatedBefore`} name="updatedBefore" {...dateInputProps} defaultValue={query.updatedBefore ?? ""} className={inputClassName} />
      </div>
    </>
  );
}

/** The list's current parameters (page aside) as hidden fields, but for those a form sets itself. */
export function HiddenListParams({ query, except }: { query: CustomerListQuery; except: readonly string[] }) {
  const params = [...new URLSearchParams(customerListSearch(query, { page: 1 }))].filter(([key]) => !except.includes(key));
  return params.map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />);
}
