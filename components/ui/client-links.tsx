"use client";
// Client-side navigation for the plain <a> links inside a server-rendered block (the customers
// table's 50 row links): one delegated listener instead of 50 <Link> components, so the rows
// stay cheap to render and ship (decision 005) while a click swaps the page through the router
// instead of reloading the document. A link is prefetched when the pointer reaches it.
// Left alone: modified clicks (new tab), other origins, `download` and `target` links.
import { useRouter } from "next/navigation";
import { useRef } from "react";

function appPath(event: React.SyntheticEvent): string | null {
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href);
  return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : null;
}

export function ClientLinks({ children, className }: { children: React.ReactNode; className?: string }) {
  const router = useRouter();
  const prefetched = useRef(new Set<string>());
  const prefetch = (event: React.SyntheticEvent) => {
    const path = appPath(event);
    if (path && !prefetched.current.has(path)) {
      prefetched.current.add(path);
      router.prefetch(path);
    }
  };
  return (
    <div
      className={className}
      onPointerOver={prefetch}
      onFocus={prefetch}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const path = appPath(event);
        if (!path) return;
        event.preventDefault();
        router.push(path);
      }}
    >
      {children}
    </div>
  );
}
