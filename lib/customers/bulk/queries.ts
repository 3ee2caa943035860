// Reads for the list's bulk actions.
import { ACCOUNT_MANAGER_ROLES } from "../../auth/roles";
import { getDb } from "../../db/client";

/** The staff a bulk action may assign as account manager (active, in a managing role). */
export function listAssignableManagers(): Promise<{ id: number; name: string }[]> {
  return getDb().staffUser.findMany({
    where: { active: true, role: { in: [...ACCOUNT_MANAGER_ROLES] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
