// The Users tab: the customer's own people, by name.
import { getDb } from "../db/client";

export async function listCustomerUsers(customerId: number) {
  return getDb().customerUser.findMany({ where: { customerId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function getCustomerUserOrNull(customerId: number, userId: number) {
  return getDb().customerUser.findFirst({ where: { id: userId, customerId } });
}
