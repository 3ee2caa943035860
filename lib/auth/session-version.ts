// Ending sessions on the server: every session cookie carries the user's session version from
// when it was issued; bumping the version makes every earlier cookie invalid (decision 017).
import type { Tx } from "../db/client";
import { getDb } from "../db/client";

/** Signing out, a password change and deactivation all end every session of the user. */
export async function endAllSessions(userId: number, tx: Pick<Tx, "staffUser"> = getDb()): Promise<void> {
  await tx.staffUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
