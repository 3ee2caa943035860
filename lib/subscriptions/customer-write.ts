// The one transaction of every subscription, order, customer-user and settings write: the
// customer must exist, then the write (with its audit row), then the stored revenue and the
// stored warnings (and, through them, the risk score) are brought up to date before commit.
import { AppError } from "../app-error";
import { getDb, type Tx } from "../db/client";
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
