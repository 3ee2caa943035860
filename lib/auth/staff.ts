// Staff users as the auth layer needs them: look-up by email for sign-in, by id for each request.
import { getDb } from "../db/client";
import { isRole, type Role } from "./roles";

export type StaffUserSession = { id: number; email: string; name: string; role: Role };

export async function findStaffUserForSignIn(email: string) {
  return getDb().staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/** The user behind a session, re-read so a removed user or a changed role takes effect at once. */
export async function getStaffUserSession(id: number): Promise<StaffUserSession | null> {
  const user = await getDb().staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user || !isRole(user.role)) return null;
  return { ...user, role: user.role };
}

export async function listStaffUsers() {
  return getDb().staffUser.findMany({ select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
}
