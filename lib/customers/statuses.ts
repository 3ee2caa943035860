// The values a customer's status and origin may take. Their own file so the field declaration
// (fields.ts) and the list's URL schema (schema.ts) can both read them without an import cycle.
export const CUSTOMER_STATUSES = ["trial", "paying", "suspended", "churned"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_ORIGINS = ["manage", "signup", "api", "import", "registry"] as const;
export type CustomerOrigin = (typeof CUSTOMER_ORIGINS)[number];
export const ORIGIN_LABELS: Record<CustomerOrigin, string> = {
  manage: "Manage",
  signup: "Signup",
  api: "API",
  import: "Import",
  registry: "Registry",
};
