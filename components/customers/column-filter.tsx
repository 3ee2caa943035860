// A filter in a column header (MRR, ARR, Risk, Last updated): a disclosure holding a small GET
// form that sets the column's filter and keeps the list's other parameters. The same URL
// parameters as the filter bar, so the chips and the bar show what it set.
import type { CustomerListQuery } from "@/lib/customers/schema";
import { LIST_COLUMN_LABELS, type ListColumnId } from "@/lib/customers/list-columns";
import { Popover } from "@/components/ui/popover";
import { HeaderFilterForm } from "./filter-form";
import { HiddenListParams, MoneyMinField, RiskLevelField, UpdatedFields } from "./customer-filters";

const PARAMS: Partial<Record<ListColumnId, string[]>> = {
  mrr: ["mrrMin"],
  arr: ["arrMin"],
  risk: ["risk"],
  updatedAt: ["updatedAfter", "updatedBefore"],
};

export function ColumnFilter({ column, query }: { column: ListColumnId; query: CustomerListQuery }) {
  const params = PARAMS[column] ?? [];
  const label = LIST_COLUMN_LABELS[column];
  const active = params.some((param) => isSet(query, param));
  return (
    <Popover
      className="ml-1 inline-block font-normal"
      summaryClassName={`cursor-pointer list-none rounded px-1 text-xs ${active ? "bg-indigo-100 text-indigo-800" : "text-slate-600 hover:bg-slate-100"}`}
      summary={<><span aria-hidden="true">▾</span><span className="sr-only">Filter by {label}{active ? " (filtered)" : ""}</span></>}
      width={256}
      panelClassName="w-64 rounded-md border border-slate-200 bg-white p-3 text-left shadow-lg"
    >
      <HeaderFilterForm label={`Filter by ${label}`}>
        {column === "mrr" && <MoneyMinField name="mrrMin" label="MRR at least" value={query.mrrMin} idPrefix="header" />}
        {column === "arr" && <MoneyMinField name="arrMin" label="ARR at least" value={query.arrMin} idPrefix="header" />}
        {column === "risk" && <RiskLevelField selected={query.risk} idPrefix="header" />}
        {column === "updatedAt" && <UpdatedFields query={query} idPrefix="header" />}
        <HiddenListParams query={query} except={params} />
      </HeaderFilterForm>
    </Popover>
  );
}

function isSet(query: CustomerListQuery, param: string): boolean {
  const value = query[param as keyof CustomerListQuery];
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== "";
}
