// Reads of the staff screens.
import { getDb } from "../db/client";

export async function listStaffAccounts() {
  return getDb().staffUser.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, mustChangePassword: true, createdAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
export type StaffAccountRow = Awaited<ReturnType<typeof listStaffAccounts>>[number];

/** True while an active user still signs in with the demo seed's public password. */
export async function demoPasswordsInUse(): Promise<boolean> {
  return (await getDb().staffUser.count({ where: { active: true, demoPassword: true } })) > 0;
}
