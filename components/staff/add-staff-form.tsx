"use client";
// Adds a staff user and shows their one-time password or invitation link once: the value lives
// only in this component's state (only hashes are stored).
import { useActionState } from "react";
import { createStaffAction } from "@/lib/staff/actions";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export function SecretNotice({ label, value, testId, children }: { label: string; value: string; testId: string; children: React.ReactNode }) {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-semibold text-amber-900">{label}</p>
      <code data-testid={testId} className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-amber-200">{value}</code>
      <p className="text-amber-900">{children}</p>
    </div>
  );
}

export function AddStaffForm() {
  const [state, formAction, pending] = useActionState(createStaffAction, null);
  const failed = state && !state.ok ? state : null;
  const created = state?.ok ? state.data : null;
  return (
    <div className="space-y-3">
      {created?.oneTimePassword && (
        <SecretNotice key={created.id} label={`One-time password for ${created.email}. Copy it now: it will not be shown again.`} value={created.oneTimePassword} testId="one-time-password">
          Give it to them in person or by phone; they must choose their own password when they first sign in.
        </SecretNotice>
      )}
      {created?.invitationUrl && (
        <SecretNotice key={created.id} label={`Invitation link for ${created.email}, valid for 72 hours and usable once.`} value={created.invitationUrl} testId="invitation-link">
          Send it to them; it lets them choose their password.
        </SecretNotice>
      )}
      <form action={formAction} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-5 sm:items-end" aria-label="Add staff user">
        <Field name="name" label="Name" errors={failed?.fieldErrors?.name} required>
          {(field) => <input {...field} type="text" maxLength={100} defaultValue={failed?.values?.name ?? ""} key={created?.id ?? "new"} />}
        </Field>
        <Field name="email" label="Email" errors={failed?.fieldErrors?.email} required>
          {(field) => <input {...field} type="email" maxLength={254} defaultValue={failed?.values?.email ?? ""} key={created?.id ?? "new"} />}
        </Field>
        <Field name="role" label="Role" errors={failed?.fieldErrors?.role}>
          {(field) => (
            <select {...field} defaultValue={failed?.values?.role ?? "SUPPORT"}>
              {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
            </select>
          )}
        </Field>
        <Field name="method" label="First sign-in" errors={failed?.fieldErrors?.method}>
          {(field) => (
            <select {...field} defaultValue={failed?.values?.method ?? "invitation"}>
              <option value="invitation">Invitation link (72 hours)</option>
              <option value="password">One-time password</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>Add staff user</button>
        {failed && !failed.fieldErrors && <p role="alert" className="text-sm text-red-600 sm:col-span-5">{failed.error}</p>}
      </form>
    </div>
  );
}
