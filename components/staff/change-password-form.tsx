"use client";
// Changes the user's own password. The change ends every session (this one too), so on success
// the form signs in again with the new password and carries on.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { changeOwnPasswordAction } from "@/lib/staff/account-actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/password-policy-limits";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export function ChangePasswordForm({ returnTo = "/customers" }: { returnTo?: string }) {
  const [state, formAction, pending] = useActionState(changeOwnPasswordAction, null);
  const newPassword = useRef("");
  const router = useRouter();
  const failed = state && !state.ok ? state : null;

  useEffect(() => {
    if (!state?.ok) return;
    void signIn("credentials", { email: state.data.email, password: newPassword.current, redirect: false }).then((result) => {
      router.replace(result?.ok ? returnTo : "/signin");
      router.refresh();
    });
  }, [state, router, returnTo]);

  return (
    <form action={formAction} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Change password">
      <Field name="currentPassword" label="Current password" errors={failed?.fieldErrors?.currentPassword} required>
        {(field) => <input {...field} type="password" autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`} errors={failed?.fieldErrors?.newPassword} required>
        {(field) => <input {...field} type="password" autoComplete="new-password" onChange={(event) => { newPassword.current = event.target.value; }} />}
      </Field>
      <Field name="confirmPassword" label="Repeat it" errors={failed?.fieldErrors?.confirmPassword} required>
        {(field) => <input {...field} type="password" autoComplete="new-password" />}
      </Field>
      {failed && !failed.fieldErrors && <p role="alert" className="text-sm text-red-600">{failed.error}</p>}
      {state?.ok && <p role="status" className="text-sm text-green-700">Password changed. Signing you in again…</p>}
      <button type="submit" disabled={pending} className={buttonStyles.primary}>Change password</button>
    </form>
  );
}
