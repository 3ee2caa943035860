// Batch writers' side of record versions (decision 029): claims the next version of many
// customers at the versions they read, in one statement per chunk. A customer changed by someone
// else since the read is not claimed, so the batch leaves it alone instead of writing over it.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";

const CHUNK = 500; // two bound values per customer: well under both databases' limits

/** Bumps each customer's version where it still is the one read; returns the ids claimed. In
 * PostgreSQL the UPDATE waits for a concurrent writer's row lock and then re-checks the version,
 * so a change committed meanwhile is never claimed (and so never overwritten). */
export async function claimCustomerVersions(tx: Tx, read: readonly { id: number; version: number }[]): Promise<Set<number>> {
  const claimed = new Set<number>();
  for (let i = 0; i < read.length; i += CHUNK) {
    const part = read.slice(i, i + CHUNK);
    const match = Prisma.join(part.map((row) => Prisma.sql`("id" = ${row.id} AND "version" = ${row.version})`), " OR ");
    const rows = await tx.$queryRaw<{ id: number }[]>`UPDATE "Customer" SET "version" = "version" + 1 WHERE ${match} RETURNING "id"`;
    for (const row of rows) claimed.add(Number(row.id));
  }
  return claimed;
}
