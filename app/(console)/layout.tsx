import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { Suspense } from "react";
import { ConsoleNav } from "@/components/layout/console-nav";
import { NavigationProgress } from "@/components/layout/navigation-progress";
import { ToastRegion } from "@/components/ui/toast";

// Every page below needs a signed-in user; each page still checks its own permission.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const links = [
    { href: "/customers", label: "Customers" },
    { href: "/warnings", label: "Warnings" },
    ...(can(user, "apiTokens.manage") ? [{ href: "/settings/api-tokens", label: "API tokens" }] : []),
  ];
  return (
    <div className="min-h-screen">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-indigo-700 focus:shadow">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <ConsoleNav links={links} userName={user.name} roleLabel={ROLE_LABELS[user.role]} />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl space-y-4 px-4 py-6 focus:outline-none">{children}</main>
      <ToastRegion />
    </div>
  );
}
