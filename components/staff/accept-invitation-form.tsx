"use client";
// The invited user chooses a password, then is signed in with it.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { acceptInvitationAction } from "@/lib/staff/account-actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/password-policy-limits";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  const password = useRef("");
  const router = useRouter();
  const failed = state && !state.ok ? state : null;

  useEffect(() => {
    if (!state?.ok) return;
    void signIn("credentials", { email: state.data.email, password: password.current, redirect: false }).then((result) => {
      router.replace(result?.ok ? "/customers" : "/signin");
      router.refresh();
    });
  }, [state, router]);

  return (
    <form action={formAction} className="space-y-4" aria-label="Choose your password">
      <input type="hidden" name="token" value={token} />
      <Field name="newPassword" label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`} errors={failed?.fieldErrors?.newPassword} required>
        {(field) => <input {...field} type="password" autoComplete="new-password" onChange={(event) => { password.current = event.target.value; }} />}
      </Field>
      <Field name="confirmPassword" label="Repeat the password" errors={failed?.fieldErrors?.confirmPassword} required>
        {(field) => <input {...field} type="password" autoComplete="new-password" />}
      </Field>
      {failed && !failed.fieldErrors && <p role="alert" className="text-sm text-red-600">{failed.error}</p>}
      <button type="submit" disabled={pending || Boolean(state?.ok)} className={`${buttonStyles.primary} w-full`}>Set password and sign in</button>
    </form>
  );
}
