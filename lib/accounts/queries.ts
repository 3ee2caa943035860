// Reads of a customer's accounts.
import { AppError } from "../app-error";
import { getDb } from "../db/client";

const accountSelect = { id: true, customerId: true, name: true, dataRetention: true, version: true } as const;
export type AccountRow = { id: number; customerId: number; name: string; dataRetention: string; version: number };

/** A customer's accounts, oldest first (the id order seed 000 lists them in). */
export function listCustomerAccounts(customerId: number): Promise<AccountRow[]> {
  return getDb().account.findMany({ where: { customerId }, select: accountSelect, orderBy: { id: "asc" } });
}

/** One account of this customer. An account of another customer is NOT_FOUND here, so a URL
 * cannot reach it through the wrong customer. */
export async function getCustomerAccountOrThrow(customerId: number, accountId: number): Promise<AccountRow> {
  const account = await getDb().account.findFirst({ where: { id: accountId, customerId }, select: accountSelect });
  if (!account) throw new AppError("NOT_FOUND", `Customer ${customerId} has no account ${accountId}`);
  return account;
}
