"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** Each tab is its own URL, so a tab can be linked and Back returns to the previous one. A tab is
 * current on its own URL and on every page below it (a contract's edit form is in Contracts).
 * No prefetch: the tabs are dynamic pages, so a prefetch fetched only their route tree, and the
 * thirteen of them sent after every view kept both cores busy while the click's own request
 * waited behind them. Without them a click sends one request (decisions 033 and 037). */
export function CustomerTabs({ customerId, showAudit }: { customerId: number; showAudit: boolean }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On a narrow screen the tabs scroll sideways: bring the current one into view (sideways only,
  // so the page itself does not move).
  useEffect(() => {
    const bar = nav.current;
    const current = bar?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!bar || !current) return;
    const left = current.offsetLeft; // the bar is the offset parent (relative)
    if (left < bar.scrollLeft || left + current.offsetWidth > bar.scrollLeft + bar.clientWidth) {
      bar.scrollLeft = left - (bar.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname]);
  const base = `/customers/${customerId}`;
  const tabs = [
    { href: base, label: "Details" },
    { href: `${base}/accounts`, label: "Accounts" },
    { href: `${base}/stats`, label: "Stats" },
    { href: `${base}/scanners`, label: "Scanners" },
    { href: `${base}/contracts`, label: "Contracts" },
    { href: `${base}/locations`, label: "Locations" },
    { href: `${base}/assets`, label: "Assets on location" },
    { href: `${base}/assets-owned`, label: "Assets owned" },
    { href: `${base}/projects`, label: "Projects" },
    { href: `${base}/subscriptions`, label: "Subscriptions" },
    { href: `${base}/orders`, label: "Orders" },
    { href: `${base}/users`, label: "Users" },
    { href: `${base}/settings`, label: "Settings" },
    ...(showAudit ? [{ href: `${base}/audit`, label: "Audit log" }] : []),
  ];
  return (
    <nav ref={nav} aria-label="Customer sections" className="relative flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => {
        const active =
          tab.href === base ? pathname === base || pathname === `${base}/edit` : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            prefetch={false}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-500 hover:text-slate-800"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
