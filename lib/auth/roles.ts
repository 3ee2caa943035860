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
