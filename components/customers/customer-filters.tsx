"use client";
// The list's filter bar: a GET form (FilterForm), so filtering works before any JavaScript loads
// and every filtered view is a URL. Submitting starts again at page 1.
// A client component fed the list's query: its markup (about 40 fields, labels and options) is
// rendered from the bundle, on the server for the HTML and in the browser, instead of travelling
// as elements in the RSC payload of every page and every click (about 12 KB; decision 041).
import { ARCHIVED_FILTERS, CUSTOMER_ORIGINS, CUSTOMER_STATUSES, MAX_SEARCH_LENGTH, ORIGIN_LABELS, type CustomerListQuery } from "@/lib/customers/schema";
import { columnsParam } from "@/lib/customers/list-columns";
import { customerListHref } from "@/lib/customers/list-url";
import { WARNING_RULES } from "@/lib/warnings/rules";
import { inputClassName } from "@/components/ui/field";
import { FilterForm } from "./filter-form";
import { MoneyMinField, RiskLevelField, UpdatedFields } from "./filter-fields";

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
          {CUSTOMER_ORIGINS.map((origin) => <option key={origin} value={origin}>{ORIGIN_LABELS[origin]}</option>)}
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
      <UpdatedFields after={query.updatedAfter} before={query.updatedBefore} idPrefix="filter" />
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
