import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, signInRedirectPath } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";

// Every page below needs a signed-in user; each page still checks its own permission.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect(await signInRedirectPath());
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <nav className="flex items-center gap-6">
            <Link href="/customers" className="text-base font-semibold text-indigo-700">Customer console</Link>
            <Link href="/customers" className="text-sm font-medium text-slate-600 hover:text-slate-900">Customers</Link>
            <Link href="/warnings" className="text-sm font-medium text-slate-600 hover:text-slate-900">Warnings</Link>
            {can(user, "apiTokens.manage") && <Link href="/settings/api-tokens" className="text-sm font-medium text-slate-600 hover:text-slate-900">API tokens</Link>}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-700">
              {user.name} <span className="text-slate-400">·</span> <span data-testid="current-role">{ROLE_LABELS[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl space-y-4 px-4 py-6">{children}</main>
    </div>
  );
}
