export const ROLES = ["ADMIN", "ACCOUNT_MANAGER", "SUPPORT", "FINANCE"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  ACCOUNT_MANAGER: "Account manager",
  SUPPORT: "Support",
  FINANCE: "Finance",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The staff who may be a customer's account manager: the console's picker offers them and the
 * API accepts only them. */
export const ACCOUNT_MANAGER_ROLES = ["ACCOUNT_MANAGER", "ADMIN"] as const satisfies readonly Role[];
