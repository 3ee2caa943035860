"use client";
// One staff user's controls: change the role, reset the password (shows the new one-time password
// once), deactivate. The server refuses what the last-admin rule forbids, with its message.
import { useActionState } from "react";
import { changeStaffRoleAction, deactivateStaffAction, resetStaffPasswordAction } from "@/lib/staff/actions";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { buttonStyles } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";
import { inputClassName } from "@/components/ui/field";
import { SecretNotice } from "./add-staff-form";

type Row = { id: number; name: string; role: Role };

export function StaffRoleForm({ row }: { row: Row }) {
  const [state, formAction, pending] = useActionState(changeStaffRoleAction, null);
  return (
    <form action={formAction} className="flex w-max items-center gap-2">
      <input type="hidden" name="id" value={row.id} />
      <label htmlFor={`role-${row.id}`} className="sr-only">Role of {row.name}</label>
      <select id={`role-${row.id}`} name="role" defaultValue={row.role} className={`${inputClassName} w-40 min-w-40 shrink-0`}>
        {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
      </select>
      <button type="submit" disabled={pending} className={buttonStyles.secondary} aria-label={`Save role of ${row.name}`}>Save</button>
      {state && !state.ok && <span role="alert" className="text-sm text-red-600">{state.error}</span>}
    </form>
  );
}

export function StaffAccessButtons({ row }: { row: Row }) {
  const [reset, resetAction, resetting] = useActionState(resetStaffPasswordAction, null);
  const [deactivated, deactivateAction, deactivating] = useActionState(deactivateStaffAction, null);
  const confirmDeactivate = useConfirmedSubmit({
    title: `Deactivate ${row.name}?`,
    message: "They are signed out at once and cannot sign in.",
    confirmLabel: "Deactivate",
  });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={resetAction}>
          <input type="hidden" name="id" value={row.id} />
          <button type="submit" disabled={resetting} className={buttonStyles.secondary} aria-label={`Reset password of ${row.name}`}>Reset password</button>
        </form>
        <form action={deactivateAction} onSubmit={confirmDeactivate.onSubmit}>
          <input type="hidden" name="id" value={row.id} />
          <button type="submit" disabled={deactivating} className={buttonStyles.danger} aria-label={`Deactivate ${row.name}`}>Deactivate</button>
        </form>
        {confirmDeactivate.dialog}
      </div>
      {reset?.ok && reset.data.oneTimePassword && (
        <SecretNotice label={`New one-time password for ${row.name}. Copy it now.`} value={reset.data.oneTimePassword} testId="one-time-password">
          Their sessions have ended; they must choose a new password when they sign in.
        </SecretNotice>
      )}
      {[reset, deactivated].map((state, index) => state && !state.ok ? <p key={index} role="alert" className="text-sm text-red-600">{state.error}</p> : null)}
    </div>
  );
}
