import Link from "next/link";
import { headers } from "next/headers";
import { safeReturnPath } from "@/lib/auth/return-path";
import { redirect } from "next/navigation";
import { getCurrentUser, signInRedirectPath } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { demoPasswordsInUse } from "@/lib/staff/queries";
import { DemoPasswordBanner } from "@/components/staff/demo-banner";
import { ChangePasswordForm } from "@/components/staff/change-password-form";

// Every page below needs a signed-in user; each page still checks its own permission.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect(await signInRedirectPath());
  const showDemoBanner = can(user, "staff.manage") && (await demoPasswordsInUse());
  return (
    <div className="min-h-screen">
      {showDemoBanner && <DemoPasswordBanner />}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <nav className="flex items-center gap-6">
            <Link href="/customers" className="text-base font-semibold text-indigo-700">Customer console</Link>
            <Link href="/customers" className="text-sm font-medium text-slate-600 hover:text-slate-900">Customers</Link>
            <Link href="/warnings" className="text-sm font-medium text-slate-600 hover:text-slate-900">Warnings</Link>
            {can(user, "apiTokens.manage") && <Link href="/settings/api-tokens" className="text-sm font-medium text-slate-600 hover:text-slate-900">API tokens</Link>}
            {can(user, "staff.manage") && <Link href="/settings/staff" className="text-sm font-medium text-slate-600 hover:text-slate-900">Staff</Link>}
            {can(user, "staff.manage") && <Link href="/settings/activity" className="text-sm font-medium text-slate-600 hover:text-slate-900">Activity</Link>}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/settings/account" className="text-slate-700 hover:underline">
              {user.name} <span className="text-slate-400">·</span> <span data-testid="current-role">{ROLE_LABELS[user.role]}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl space-y-4 px-4 py-6">
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
    </div>
  );
}
