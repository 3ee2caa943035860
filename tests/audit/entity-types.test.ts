// The audit vocabulary: one spelling per record kind, and the migration that moved old rows to it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITY_TYPES } from "@/lib/audit/entity-types";
import { getDb } from "@/lib/db/client";

const MIGRATION = "prisma/migrations/20261202010001_audit_entity_types/migration.sql";

describe("audit entity types", () => {
  it("are lower snake case", () => {
    for (const type of AUDIT_ENTITY_TYPES) expect(type).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("the migration rewrites the old spellings and leaves the others alone", async () => {
    const db = getDb();
    const row = (entityType: string) => ({ action: "customer.updated", actorLabel: "old", entityType, entityId: "1", changes: "{}" });
    await db.auditLog.createMany({ data: ["Customer", "ApiToken", "ImportJob", "contract", "account"].map(row) });
    for (const statement of readFileSync(MIGRATION, "utf8").split(";").map((s) => s.replace(/--.*$/gm, "").trim()).filter(Boolean)) {
      await db.$executeRawUnsafe(statement);
    }
    const types = (await db.auditLog.findMany({ where: { actorLabel: "old" }, orderBy: { id: "asc" } })).map((r) => r.entityType);
    expect(types).toEqual(["customer", "api_token", "import_job", "contract", "account"]);
    expect(types.every((type) => (AUDIT_ENTITY_TYPES as readonly string[]).includes(type))).toBe(true);
  });
});
