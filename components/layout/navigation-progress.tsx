"use client";
// A slim bar at the top of the window while a navigation or a form submission is under way: the
// App Router has no navigation events, so it starts on a click on an internal link or on a form
// submit, and stops when the URL changes, when a submitted form's button is enabled again (a
// server action's result: the forms disable it while pending), or after 15 s at the latest.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

const MAX_MS = 15_000;
// Mutations this soon after a submit are React disabling the button, not the result.
const SETTLE_MS = 150;

function isInternalNavigation(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  // Same page (or only the #hash changes): nothing loads.
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

export function NavigationProgress() {
  const [active, setActive] = useState(false);
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const pathname = usePathname();
  const searchParams = useSearchParams();

  useEffect(() => setActive(false), [pathname, searchParams]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!isInternalNavigation(event)) return;
      setForm(null);
      setActive(true);
    };
    const onSubmit = (event: SubmitEvent) => {
      const target = event.target as HTMLFormElement;
      // data-no-progress: a form that downloads a file and stays on the page (the export).
      if (target.method === "dialog" || target.target === "_blank" || target.hasAttribute("data-no-progress")) return;
      setForm(target);
      setActive(true);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
    };
  }, []);

  useEffect(() => {
    if (!active) return;
    const timeout = window.setTimeout(() => setActive(false), MAX_MS);
    const startedAt = Date.now();
    const observer = new MutationObserver(() => {
      if (!form || Date.now() - startedAt < SETTLE_MS) return;
      if (!form.isConnected || !form.querySelector("button[type=submit]:disabled")) setActive(false);
    });
    if (form) observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    return () => {
      window.clearTimeout(timeout);
      observer.disconnect();
    };
  }, [active, form]);

  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5">
      <div
        data-testid="navigation-progress"
        data-active={active}
        className={`h-full bg-indigo-600 transition-[width,opacity] ease-out ${active ? "w-4/5 opacity-100 duration-[3000ms]" : "w-0 opacity-0 duration-200"}`}
      />
    </div>
  );
}
