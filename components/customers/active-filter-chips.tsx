// The active filters as chips above the table, each a link to the same list without it.
import Link from "next/link";
import { formatOrigin } from "@/lib/customers/format";
import { customerListHref } from "@/lib/customers/list-url";
import { minorToMajorText, type CustomerListQuery } from "@/lib/customers/schema";
import { RISK_LEVEL_LABELS } from "@/lib/risk/labels";
import { findWarningRule } from "@/lib/warnings/rules";

const ARCHIVED_CHIPS = { archived: "Archived only", all: "Active and archived" } as const;

type Chip = { key: string; label: string; href: string };

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const amount = (minor: number) => number.format(Number(minorToMajorText(minor)));

export function activeFilterChips(query: CustomerListQuery): Chip[] {
  const without = (changes: Partial<CustomerListQuery>) => customerListHref(query, { ...changes, page: 1 });
  const chips: Chip[] = [];
  if (query.q) chips.push({ key: "q", label: `Search: “${query.q}”`, href: without({ q: "" }) });
  if (query.status) chips.push({ key: "status", label: `Status: ${query.status}`, href: without({ status: undefined }) });
  if (query.origin) chips.push({ key: "origin", label: `Origin: ${formatOrigin(query.origin)}`, href: without({ origin: undefined }) });
  if (query.warning) {
    const label = query.warning === "any" ? "any warning" : (findWarningRule(query.warning)?.message ?? query.warning);
    chips.push({ key: "warning", label: `Warnings: ${label}`, href: without({ warning: undefined }) });
  }
  // Amounts as typed (major units); the customer's own currency, so no currency sign.
  if (query.mrrMin !== undefined) chips.push({ key: "mrrMin", label: `MRR at least ${amount(query.mrrMin)}`, href: without({ mrrMin: undefined }) });
  if (query.arrMin !== undefined) chips.push({ key: "arrMin", label: `ARR at least ${amount(query.arrMin)}`, href: without({ arrMin: undefined }) });
  if (query.risk?.length) chips.push({ key: "risk", label: `Risk: ${query.risk.map((level) => RISK_LEVEL_LABELS[level]).join(" or ")}`, href: without({ risk: undefined }) });
  if (query.updatedAfter) chips.push({ key: "updatedAfter", label: `Updated after ${query.updatedAfter}`, href: without({ updatedAfter: undefined }) });
  if (query.updatedBefore) chips.push({ key: "updatedBefore", label: `Updated before ${query.updatedBefore}`, href: without({ updatedBefore: undefined }) });
  if (query.archived !== "active") chips.push({ key: "archived", label: `Show: ${ARCHIVED_CHIPS[query.archived]}`, href: without({ archived: "active" }) });
  return chips;
}

export function ActiveFilterChips({ query }: { query: CustomerListQuery }) {
  const chips = activeFilterChips(query);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Filtered by</span>
      <ul className="flex flex-wrap gap-2" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-label={`Remove filter ${chip.label}`}
              className="inline-flex items-center gap-1.5 rounded-full border border-indigo-200 bg-indigo-50 px-3 py-1 text-indigo-800 hover:bg-indigo-100"
            >
              {chip.label} <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && <Link href="/customers" className="text-indigo-700 underline">Clear all</Link>}
    </div>
  );
}
