// The session as pages, server actions and route handlers see it. The role is read from the
// database on every request (once, cached per request), never trusted from the cookie alone.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "./permissions";
import { readSessionClaims } from "./session-claims";
import { signInPathFor } from "./return-path";
import { getStaffUserSession, type StaffUserSession } from "./staff";

export const getCurrentUser = cache(async (): Promise<StaffUserSession | null> => {
  const session = await readSessionClaims();
  if (!session?.uid) return null;
  return getStaffUserSession(session.uid, session.sv);
});

/** The sign-in page, returning to the path this request opened (set by proxy.ts; a layout
 * knows only its own segment, so the opened path wins over `from`). */
export async function signInRedirectPath(from?: string): Promise<string> {
  return signInPathFor((await headers()).get("x-request-path") ?? from);
}

/** For pages: a signed-out visitor is sent to the sign-in page, a signed-in one without the
 * permission gets the 403 page. */
export async function requirePagePermission(permission: Permission, from?: string): Promise<StaffUserSession> {
  const user = await getCurrentUser();
  if (!user) redirect(await signInRedirectPath(from));
  if (!can(user, permission)) forbidden();
  return user;
}

/** For server actions: signed out goes to the sign-in page (a redirect, both for script calls and
 * for forms posted without JavaScript), without the permission 403. */
export async function requireActionPermission(permission: Permission): Promise<StaffUserSession> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user, permission)) forbidden();
  return user;
}
