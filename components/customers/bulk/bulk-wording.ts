// The words of the bulk bar's confirmations and toasts, always naming how many customers.
import type { BulkChange } from "@/lib/customers/bulk/schema";

export function customersCount(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "customer" : "customers"}`;
}

export function confirmationOf(change: BulkChange, count: number, managerName: (id: number | null) => string | null): string {
  const who = customersCount(count);
  if (change.kind === "status") return `Change the status of ${who} to ${change.status}? Each change is recorded in the customer's audit log.`;
  if (change.kind === "archive") return `Archive ${who}? They leave the active list; each can be unarchived from its page.`;
  const name = managerName(change.accountManagerId);
  return name ? `Make ${name} the account manager of ${who}?` : `Remove the account manager of ${who}?`;
}
