"use client";
// The console's header navigation: links, the signed-in user and Sign out in a row on wide
// screens; behind a "Menu" button on narrow ones (below md, 768 px), closed again on navigation.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

type Props = { links: { href: string; label: string }[]; userName: string; roleLabel: string; accountHref: string };

export function ConsoleNav({ links, userName, roleLabel, accountHref }: Props) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
      <Link href="/customers" className="text-base font-semibold text-indigo-700">Customer console</Link>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="console-menu"
        onClick={() => setOpen((value) => !value)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 md:hidden"
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> Menu
      </button>
      <div
        id="console-menu"
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-slate-200 pt-3 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:justify-between md:border-0 md:pt-0`}
      >
        <nav aria-label="Main" className="flex flex-col gap-2 md:flex-row md:items-center md:gap-6">
          {links.map((link) => {
            const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
            return (
              <Link
                key={link.href}
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`text-sm font-medium hover:text-slate-900 ${current ? "text-slate-900" : "text-slate-600"}`}
              >
                {link.label}
              </Link>
            );
          })}
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link href={accountHref} className="text-slate-700 hover:underline">
            {userName} <span className="text-slate-500">·</span> <span data-testid="current-role">{roleLabel}</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </div>
  );
}
