// The one transaction of every subscription, order, customer-user and settings write: the
// customer must exist, then the write (with its audit row), then the stored revenue and the
// stored warnings (and, through them, the risk score) are brought up to date before commit.
import { Prisma } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { getDb, type Tx } from "../db/client";
import { assertVersionClaimed, refuseStaleVersion } from "../versions/stale-version";
import { recomputeCustomerWarnings } from "../warnings/recompute";
import { refreshCustomerRevenue } from "./refresh-revenue";

export async function runCustomerWrite<T>(customerId: number, write: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true } });
    if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
    const result = await write(tx, now);
    await refreshCustomerRevenue(tx, customerId, now);
    await recomputeCustomerWarnings(tx, customerId, now);
    return result;
  });
}

/** A record of this customer, or NOT_FOUND: an id taken from another customer's page is refused
 * as if it did not exist, so nothing of the other customer's is touched. */
export function ownedOrNotFound<T>(record: T | null, what: string, customerId: number, id: number): T {
  if (!record) throw new AppError("NOT_FOUND", `Customer ${customerId} has no ${what} ${id}`);
  return record;
}

// The customer's records with a version (decision 029), by their audit entity type; settings are
// keyed by their customer.
const VERSIONED = {
  subscription: { table: "Subscription", key: "id" },
  order: { table: "Order", key: "id" },
  customer_user: { table: "CustomerUser", key: "id" },
  customer_settings: { table: "CustomerSettings", key: "customerId" },
} as const;

/** Claims a record's next version before its write: refuses a form sent against an older version
 * (`sentVersion`, with who changed what), and a concurrent writer that bumped it after this
 * transaction's read. Returns the new version, for the write's audit row. */
export async function claimRecordVersion(
  tx: Tx,
  entityType: keyof typeof VERSIONED,
  record: { key: number; version: number },
  sentVersion: number | undefined,
): Promise<number> {
  await refuseStaleVersion(tx, entityType, record.key, sentVersion, record.version);
  const { table, key } = VERSIONED[entityType];
  const count = await tx.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET "version" = "version" + 1 WHERE ${Prisma.raw(`"${key}"`)} = ${record.key} AND "version" = ${record.version}`;
  await assertVersionClaimed(tx, count, entityType, record.key, record.version, async () => {
    const rows = await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${key}"`)} = ${record.key}`;
    return rows.length ? Number(rows[0].version) : null;
  });
  return record.version + 1;
}
