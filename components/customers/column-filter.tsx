"use client";
// A filter in a column header (MRR, ARR, Risk, Last updated): a disclosure whose small form is
// rendered only when it is opened, in the browser. It sets the column's parameters and keeps the
// list's others (read from the URL on submit), the same parameters as the filter bar, so the chips
// and the bar show what it set. Without JavaScript the filter bar holds the same fields. The panel
// floats over the page (components/ui/popover), so the table's scrolling card does not cut it off. The page
// used to carry four of these forms, each with the list's parameters as hidden fields, in its HTML
// and again in its RSC payload (decision 037).
import { Popover } from "@/components/ui/popover";
import { LIST_COLUMN_LABELS, type ListColumnId } from "@/lib/customers/list-columns";
import { HeaderFilterForm } from "./filter-form";
import { MoneyMinField, RiskLevelField, UpdatedFields } from "./filter-fields";

/** The column's current filter values, all the form needs to show them. */
export type ColumnFilterValues = {
  mrrMin?: number;
  arrMin?: number;
  risk?: readonly string[];
  updatedAfter?: string;
  updatedBefore?: string;
};

const PARAMS: Partial<Record<ListColumnId, string[]>> = {
  mrr: ["mrrMin"],
  arr: ["arrMin"],
  risk: ["risk"],
  updatedAt: ["updatedAfter", "updatedBefore"],
};

export function ColumnFilter({ column, values }: { column: ListColumnId; values: ColumnFilterValues }) {
  const params = PARAMS[column] ?? [];
  const label = LIST_COLUMN_LABELS[column];
  const active = Object.values(values).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== ""));
  return (
    <Popover
      lazy
      className="ml-1 inline-block font-normal"
      summaryClassName={`cursor-pointer list-none rounded px-1 text-xs ${active ? "bg-indigo-100 text-indigo-800" : "text-slate-600 hover:bg-slate-100"}`}
      summary={<><span aria-hidden="true">▾</span><span className="sr-only">Filter by {label}{active ? " (filtered)" : ""}</span></>}
      width={256}
      panelClassName="w-64 rounded-md border border-slate-200 bg-white p-3 text-left shadow-lg"
    >
      <HeaderFilterForm label={`Filter by ${label}`} params={params}>
        {column === "mrr" && <MoneyMinField name="mrrMin" label="MRR at least" value={values.mrrMin} idPrefix="header" />}
        {column === "arr" && <MoneyMinField name="arrMin" label="ARR at least" value={values.arrMin} idPrefix="header" />}
        {column === "risk" && <RiskLevelField selected={values.risk} idPrefix="header" />}
        {column === "updatedAt" && <UpdatedFields after={values.updatedAfter} before={values.updatedBefore} idPrefix="header" />}
      </HeaderFilterForm>
    </Popover>
  );
}
