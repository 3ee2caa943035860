import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser, signInRedirectPath } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { demoPasswordsInUse } from "@/lib/staff/queries";
import { ConsoleNav } from "@/components/layout/console-nav";
import { NavigationProgress } from "@/components/layout/navigation-progress";
import { DemoPasswordBanner } from "@/components/staff/demo-banner";
import { ChangePasswordForm } from "@/components/staff/change-password-form";
import { ToastRegion } from "@/components/ui/toast";

// Every page below needs a signed-in user; each page still checks its own permission.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect(await signInRedirectPath());
  const showDemoBanner = can(user, "staff.manage") && (await demoPasswordsInUse());
  const links = [
    { href: "/customers", label: "Customers" },
    { href: "/warnings", label: "Warnings" },
    ...(can(user, "apiTokens.manage") ? [{ href: "/settings/api-tokens", label: "API tokens" }] : []),
    ...(can(user, "staff.manage") ? [{ href: "/settings/staff", label: "Staff" }, { href: "/settings/activity", label: "Activity" }] : []),
  ];
  return (
    <div className="min-h-screen">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-indigo-700 focus:shadow">
        Skip to content
      </a>
      {showDemoBanner && <DemoPasswordBanner />}
      <header className="border-b border-slate-200 bg-white">
        <ConsoleNav links={links} userName={user.name} roleLabel={ROLE_LABELS[user.role]} accountHref="/settings/account" />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl space-y-4 px-4 py-6 focus:outline-none">
        {user.mustChangePassword ? (
          // A one-time password opens nothing but this form (every permission is refused meanwhile).
          <section className="space-y-4">
            <h1 className="text-2xl font-semibold">Choose your password</h1>
            <p className="text-sm text-slate-600">You signed in with a one-time password. Choose your own before you continue.</p>
            <ChangePasswordForm returnTo={safeReturnPath((await headers()).get("x-request-path"))} />
          </section>
        ) : (
          children
        )}
      </main>
      <ToastRegion />
    </div>
  );
}
