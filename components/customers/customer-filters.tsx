// The list's filter bar: a plain GET form, so filtering works before any JavaScript loads and
// every filtered view is a URL. Submitting starts again at page 1.
import Link from "next/link";
import { ARCHIVED_FILTERS, CUSTOMER_ORIGINS, CUSTOMER_STATUSES, MAX_SEARCH_LENGTH, type CustomerListQuery } from "@/lib/customers/schema";
import { formatOrigin } from "@/lib/customers/format";
import { WARNING_RULES } from "@/lib/warnings/rules";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputClassName } from "@/components/ui/field";

const ARCHIVED_LABELS = { active: "Active", archived: "Archived", all: "Active and archived" } as const;

// autoComplete="off": after Back the browser must not restore the form as it was left (a Warnings
// choice over an unfiltered list); the URL alone is the state.
export function CustomerFilters({ query }: { query: CustomerListQuery }) {
  return (
    <form action="/customers" method="get" role="search" autoComplete="off" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="min-w-56 flex-1">
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
      {query.sort !== "createdAt" && <input type="hidden" name="sort" value={query.sort} />}
      <input type="hidden" name="dir" value={query.dir} />
      {query.pageSize !== 50 && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary}>Filter</button>
        <Link href="/customers" className={buttonStyles.secondary}>Clear</Link>
      </div>
    </form>
  );
}
