"use server";
// Actions every signed-in user (or an invited one) may take on their own password. Not through
// runAction's permission check: changing one's own password needs no permission, only a session,
// and it must work while a one-time password blocks everything else.
import { unstable_rethrow } from "next/navigation";
import { redirect } from "next/navigation";
import { isAppError } from "../app-error";
import type { ActionResult, FieldErrors } from "../actions/safe-action";
import { formDataToObject } from "../actions/safe-action";
import { getCurrentUser } from "../auth/session";
import { acceptInvitation, changeOwnPassword } from "./mutations";
import { invitationAcceptSchema, ownPasswordSchema } from "./schema";

export type PasswordState = ActionResult<{ email: string }> | null;

function invalid(issues: { path: PropertyKey[]; message: string }[]): PasswordState {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return { ok: false, error: "Please correct the highlighted fields.", code: "INVALID", fieldErrors };
}

async function guarded(run: () => Promise<{ email: string }>): Promise<PasswordState> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
    console.error("Password change failed", error);
    return { ok: false, error: "Something went wrong and nothing was saved. Please try again." };
  }
}

/** Ends every session of the user, this one included: the form then signs in with the new password. */
export async function changeOwnPasswordAction(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const parsed = ownPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  return guarded(async () => {
    await changeOwnPassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
    return { email: user.email };
  });
}

export async function acceptInvitationAction(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const parsed = invitationAcceptSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  return guarded(() => acceptInvitation(parsed.data.token, parsed.data.newPassword));
}
