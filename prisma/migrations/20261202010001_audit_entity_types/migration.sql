-- Issue 18: one spelling per audited record kind (lib/audit/entity-types.ts). Rows written
-- before it used "Customer", "ApiToken" and "ImportJob".
UPDATE "AuditLog" SET "entityType" = 'customer' WHERE "entityType" = 'Customer';
UPDATE "AuditLog" SET "entityType" = 'api_token' WHERE "entityType" = 'ApiToken';
UPDATE "AuditLog" SET "entityType" = 'import_job' WHERE "entityType" = 'ImportJob';
