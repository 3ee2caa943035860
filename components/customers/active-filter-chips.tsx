// The active filters as chips above the table, each a link to the same list without it.
import Link from "next/link";
import { formatOrigin } from "@/lib/customers/format";
import { customerListHref } from "@/lib/customers/list-url";
import type { CustomerListQuery } from "@/lib/customers/schema";
import { findWarningRule } from "@/lib/warnings/rules";

const ARCHIVED_CHIPS = { archived: "Archived only", all: "Active and archived" } as const;

type Chip = { key: string; label: string; href: string };

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
