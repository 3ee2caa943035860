// Staff users as the auth layer needs them: look-up by email for sign-in, by id for each request.
import { getDb } from "../db/client";
import { isRole, type Role } from "./roles";

export type StaffUserSession = { id: number; email: string; name: string; role: Role; mustChangePassword?: boolean };

export async function findStaffUserForSignIn(email: string) {
  return getDb().staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
}

type SessionRow = { id: number | bigint; email: string; name: string; role: string; active: unknown; sessionVersion: number | bigint; mustChangePassword: unknown };

/** SQLite hands booleans back as 0/1 (number or bigint), PostgreSQL as true/false. */
const truthy = (value: unknown) => value === true || Number(value) === 1;

/** The user behind a session, re-read so a removed or deactivated user, a changed role or an
 * ended session (an older session version: sign-out, password change) takes effect at once.
 * Every console request runs this, so it is one raw statement: through Prisma's query compiler
 * the same primary-key read cost about ten times the CPU (docs/decisions/033). */
export async function getStaffUserSession(id: number, sessionVersion?: number): Promise<StaffUserSession | null> {
  const [user] = await getDb().$queryRaw<SessionRow[]>`
    SELECT "id", "email", "name", "role", "active", "sessionVersion", "mustChangePassword" FROM "StaffUser" WHERE "id" = ${id}`;
  if (!user || !truthy(user.active) || !isRole(user.role)) return null;
  if (sessionVersion !== Number(user.sessionVersion)) return null;
  return { id: Number(user.id), email: user.email, name: user.name, role: user.role, mustChangePassword: truthy(user.mustChangePassword) };
}

export async function listStaffUsers() {
  return getDb().staffUser.findMany({ select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
}
