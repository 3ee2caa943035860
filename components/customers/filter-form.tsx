"use client";
// The list's filter forms: the filter bar and the small ones in the column headers. Without
// JavaScript each is a plain GET form; with it, submitting goes to the clean URL (only the
// parameters that differ from the defaults, customerListHref) and then moves focus to the
// results, so keyboard and screen reader users land where the change is.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { customerListHref } from "@/lib/customers/list-url";
import { parseCustomerListQuery } from "@/lib/customers/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { RESULTS_ID } from "./results-id";

// Set on submit, read by the form the new URL mounts (the form is keyed by the URL, so the
// instance that submitted is gone by the time the results render).
let focusResultsOnMount = false;

/** Form fields or URL parameters as the list's parameters; repeated ones (risk level checkboxes)
 * as a list. */
function listParams(entries: Iterable<[string, FormDataEntryValue]>, params: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  for (const [key, raw] of entries) {
    const value = String(raw);
    const existing = params[key];
    params[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

/** What a form submits: its own fields, over the list's current parameters but for those it sets
 * (`replaces`; a header's filter) or none of them (the filter bar, which holds them all). Page 1. */
function submittedParams(form: HTMLFormElement, replaces: readonly string[] | undefined): Record<string, string | string[]> {
  if (!replaces) return listParams(new FormData(form));
  const current = [...new URLSearchParams(window.location.search)].filter(([key]) => key !== "page" && !replaces.includes(key));
  return listParams(new FormData(form), listParams(current));
}

function useListFormSubmit(replaces?: readonly string[]) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    if (!focusResultsOnMount) return;
    focusResultsOnMount = false;
    document.getElementById(RESULTS_ID)?.focus();
  }, []);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Submitting starts again at page 1 (no page parameter in the form).
    const href = customerListHref(parseCustomerListQuery(submittedParams(event.currentTarget, replaces)));
    if (href === `${window.location.pathname}${window.location.search}`) {
      document.getElementById(RESULTS_ID)?.focus();
      return;
    }
    focusResultsOnMount = true;
    startTransition(() => router.push(href));
  }
  return { pending, submit };
}

export function FilterForm({ children }: { children: React.ReactNode }) {
  const { pending, submit } = useListFormSubmit();
  return (
    // autoComplete="off": after Back the browser must not restore the form as it was left (a
    // Warnings choice over an unfiltered list); the URL alone is the state.
    <form action="/customers" method="get" role="search" autoComplete="off" onSubmit={submit} aria-busy={pending}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      {children}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Filtering…" : "Filter"}</button>
        <Link href="/customers" className={buttonStyles.secondary}>Clear</Link>
      </div>
    </form>
  );
}

/** A column header's filter (rendered in the browser only, column-filter.tsx): its own fields
 * (`params`) replace those of the list's current URL; the list's other parameters are kept. */
export function HeaderFilterForm({ label, params, children }: { label: string; params: readonly string[]; children: React.ReactNode }) {
  const { pending, submit } = useListFormSubmit(params);
  return (
    <form autoComplete="off" onSubmit={submit} aria-busy={pending} aria-label={label} className="space-y-2">
      {children}
      <button type="submit" disabled={pending} className={buttonStyles.primary}>{pending ? "Filtering…" : "Apply"}</button>
    </form>
  );
}
