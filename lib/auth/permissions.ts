// The permission table: every page, server action and route handler asks `can` before acting.
import type { Role } from "./roles";

export const PERMISSIONS = [
  "customers.read",
  "customers.write", // create and edit every field
  "customers.archive",
  "customers.notes", // edit the notes field only
  "customers.export",
  "customers.import", // CSV/XLSX import (creates and updates many customers at once)
  "contracts.write",
  "audit.read",
  "staff.manage",
  "apiTokens.manage",
  "subscriptions.write", // a customer's subscription lines (decision 020)
  "customerUsers.write", // a customer's own users
  "customerSettings.write", // currency, payment terms, invoice language, retention
  "orders.write", // add an order, mark it paid or cancelled
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  ACCOUNT_MANAGER: [
    "customers.read",
    "customers.write",
    "customers.archive",
    "customers.notes",
    "customers.export",
    "customers.import",
    "contracts.write",
    "audit.read",
    "subscriptions.write",
    "customerUsers.write",
    "customerSettings.write",
  ],
  SUPPORT: ["customers.read", "customers.notes", "audit.read"],
  FINANCE: ["customers.read", "customers.export", "contracts.write", "audit.read", "orders.write"],
};

/** Deny by default: an unknown role or a missing user has no permission, nor has a user who
 * signed in with a one-time password and has not chosen their own yet. */
export function can(user: { role: string; mustChangePassword?: boolean } | null | undefined, permission: Permission): boolean {
  if (!user || user.mustChangePassword) return false;
  const granted = ROLE_PERMISSIONS[user.role as Role];
  return granted?.includes(permission) ?? false;
}
