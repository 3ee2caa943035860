// Staff users as the auth layer needs them: look-up by email for sign-in, by id for each request.
import { getDb } from "../db/client";
import { isRole, type Role } from "./roles";

export type StaffUserSession = { id: number; email: string; name: string; role: Role; mustChangePassword?: boolean };

export async function findStaffUserForSignIn(email: string) {
  return getDb().staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/** The user behind a session, re-read so a removed or deactivated user, a changed role or an
 * ended session (an older session version: sign-out, password change) takes effect at once. */
export async function getStaffUserSession(id: number, sessionVersion?: number): Promise<StaffUserSession | null> {
  const user = await getDb().staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
  if (sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

export async function listStaffUsers() {
  return getDb().staffUser.findMany({ select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
}
