import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser, signInRedirectPath } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/staff/change-password-form";

export const metadata: Metadata = { title: "Your account" };

// Every signed-in user, whatever the role, changes their own password here.
export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect(await signInRedirectPath("/settings/account"));
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-slate-500">{user.name} · {user.email}. Changing your password signs you out everywhere else.</p>
      </div>
      <ChangePasswordForm />
    </section>
  );
}
