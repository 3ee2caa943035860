// The kinds of record an audit row is about, one spelling each (lower snake case). Add a kind
// here before writing a row about it; prisma/migrations/20261202010001_audit_entity_types moved
// the older spellings ("Customer", "ApiToken", "ImportJob") to these.
export const AUDIT_ENTITY_TYPES = [
  "customer",
  "account",
  "contract",
  "api_token",
  "import_job",
  "location",
  "asset",
  "project",
  "staff_user",
  "registry_check",
  "subscription",
  "order",
  "customer_user",
  "customer_settings",
  "list_preference",
  "saved_view",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
