// The audit events the console writes. Add an event here before writing it anywhere.
export const AUDIT_EVENTS = [
  "customer.created",
  "customer.updated",
  "customer.archived",
  "customer.unarchived",
  "account.created",
  "account.updated",
  "account.deleted",
  "contract.created",
  "contract.updated",
  "contract.ended",
  "customers.exported",
  "customers.imported",
  "api_token.created",
  "api_token.revoked",
  "registry_check.changed",
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const AUDIT_EVENT_LABELS: Record<AuditEvent, string> = {
  "customer.created": "Customer created",
  "customer.updated": "Customer updated",
  "customer.archived": "Customer archived",
  "customer.unarchived": "Customer unarchived",
  "account.created": "Account created",
  "account.updated": "Account updated",
  "account.deleted": "Account deleted",
  "contract.created": "Contract created",
  "contract.updated": "Contract updated",
  "contract.ended": "Contract ended",
  "customers.exported": "Customers exported",
  "customers.imported": "Customers imported",
  "api_token.created": "API token created",
  "api_token.revoked": "API token revoked",
  "registry_check.changed": "Registry status changed",
};
