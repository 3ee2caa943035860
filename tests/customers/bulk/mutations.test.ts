// Integration on a real database (SQLite file, or PostgreSQL with TEST_PG_SERVER_URL): a bulk
// change writes one audit row per changed customer in one transaction with the recomputed
// warnings, leaves customers already in the target state alone, and writes nothing when refused.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, isPostgres } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { bulkChangeCustomers } from "@/lib/customers/bulk/mutations";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../../helpers/factories";

let actor: AuditActor;
let run = 0;

beforeAll(async () => {
  actor = await createStaffActor("ACCOUNT_MANAGER");
});

/** Customers of this test alone, named with a prefix a search can select. */
async function customers(statuses: string[]): Promise<{ prefix: string; ids: number[] }> {
  run += 1;
  const prefix = `bulkco${run}x`;
  const ids: number[] = [];
  for (const [index, status] of statuses.entries()) {
    ids.push((await createCustomer(actor, customerInputSchema.parse({ name: `${prefix} ${index}`, status }))).id);
  }
  return { prefix, ids };
}

const stateOf = (ids: number[]) =>
  getDb().customer.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: { id: true, status: true, accountManagerId: true, archivedAt: true, hasWarnings: true, updatedAt: true, warnings: { select: { rule: true } } },
  });
const bulkAudit = (ids: number[]) =>
  getDb().auditLog.findMany({ where: { entityType: "customer", entityId: { in: ids.map(String) }, action: { not: "customer.created" } }, orderBy: { id: "asc" } });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error("expected the bulk change to be refused");
}

describe("bulkChangeCustomers", () => {
  it("changes the status of the named customers: one audit row each, warnings recomputed, the one already so untouched", async () => {
    const { ids } = await customers(["trial", "trial", "paying", "suspended"]);
    const [a, b, already] = ids;
    const before = await stateOf(ids);

    const result = await bulkChangeCustomers(actor, { kind: "ids", ids: [a, b, already] }, { kind: "status", status: "paying" });

    expect(result).toEqual({ matched: 3, changed: 2 });
    const after = await stateOf(ids);
    expect(after.map((c) => c.status)).toEqual(["paying", "paying", "paying", "suspended"]);
    // Paying without a contract: the stored warnings follow in the same action.
    for (const [index, customer] of after.slice(0, 2).entries()) {
      expect(customer.hasWarnings).toBe(true);
      expect(customer.warnings.map((w) => w.rule)).toContain("paying_without_contract");
      // A real edit: "Last updated" moves.
      expect(customer.updatedAt.getTime()).toBeGreaterThan(before[index].updatedAt.getTime());
    }
    // The customer already paying, and the one not named, are exactly as before.
    expect(after[2]).toEqual(before[2]);
    expect(after[3]).toEqual(before[3]);

    const audit = await bulkAudit(ids);
    expect(audit.map((row) => [row.action, row.entityId, row.customerId, row.actorId])).toEqual([
      ["customer.updated", String(a), a, actor.id],
      ["customer.updated", String(b), b, actor.id],
    ]);
    expect(JSON.parse(audit[0].changes)).toEqual({ status: { before: "trial", after: "paying" } });
  });

  it("assigns an account manager by name in the audit, and refuses a staff user who cannot manage customers", async () => {
    const { ids } = await customers(["trial", "trial"]);
    const manager = await createStaffActor("ACCOUNT_MANAGER");
    const support = await createStaffActor("SUPPORT");

    for (const accountManagerId of [support.id!, 999_999]) {
      const refused = await refusal(bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "accountManager", accountManagerId }));
      expect(refused.code).toBe("INVALID");
      expect(refused.message).toMatch(/cannot manage customers/);
    }
    expect((await stateOf(ids)).map((c) => c.accountManagerId)).toEqual([null, null]);
    expect(await bulkAudit(ids)).toEqual([]);

    expect(await bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "accountManager", accountManagerId: manager.id })).toEqual({ matched: 2, changed: 2 });
    expect((await stateOf(ids)).map((c) => c.accountManagerId)).toEqual([manager.id, manager.id]);
    const managerName = (await getDb().staffUser.findUniqueOrThrow({ where: { id: manager.id! } })).name;
    expect((await bulkAudit(ids)).map((row) => JSON.parse(row.changes))).toEqual([
      { accountManager: { before: null, after: managerName } },
      { accountManager: { before: null, after: managerName } },
    ]);
  });

  it("archives: clears the warnings, skips the customers already archived", async () => {
    const { ids } = await customers(["paying", "trial"]);
    await bulkChangeCustomers(actor, { kind: "ids", ids: [ids[1]] }, { kind: "archive" });
    expect((await stateOf([ids[0]]))[0].hasWarnings).toBe(true);

    expect(await bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "archive" })).toEqual({ matched: 2, changed: 1 });
    const after = await stateOf(ids);
    expect(after.every((c) => c.archivedAt !== null)).toBe(true);
    expect(after[0].hasWarnings).toBe(false);
    expect(after[0].warnings).toEqual([]);
    expect((await bulkAudit(ids)).map((row) => [row.action, row.entityId])).toEqual([
      ["customer.archived", String(ids[1])],
      ["customer.archived", String(ids[0])],
    ]);
  });

  it("refuses the whole action when one id does not exist, or one customer is archived: nothing written", async () => {
    const { ids } = await customers(["trial", "trial", "trial"]);
    const missing = await refusal(bulkChangeCustomers(actor, { kind: "ids", ids: [...ids, 987_654] }, { kind: "status", status: "churned" }));
    expect(missing).toEqual({ code: "NOT_FOUND", message: "1 of the selected customers do not exist (987654). Nothing was changed." });

    await bulkChangeCustomers(actor, { kind: "ids", ids: [ids[2]] }, { kind: "archive" });
    const auditBefore = await bulkAudit(ids);
    const archived = await refusal(bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "status", status: "churned" }));
    expect(archived.code).toBe("CONFLICT");
    expect(archived.message).toContain(`are archived (${ids[2]})`);
    expect((await stateOf(ids)).map((c) => c.status)).toEqual(["trial", "trial", "trial"]);
    expect(await bulkAudit(ids)).toEqual(auditBefore);
  });

  it("all matching: the list's filters select exactly its customers; a changed count is refused", async () => {
    const { prefix, ids } = await customers(["trial", "trial", "suspended"]);
    const others = await customers(["trial"]);
    const query = new URLSearchParams({ q: prefix, status: "trial" }).toString();

    const changedCount = await refusal(bulkChangeCustomers(actor, { kind: "matching", query, expectedCount: 3 }, { kind: "status", status: "churned" }));
    expect(changedCount).toEqual({
      code: "CONFLICT",
      message: "The list changed since it was shown: 2 customers match now, not 3. Nothing was changed; reload the list and try again.",
    });
    expect(await bulkAudit(ids)).toEqual([]);

    expect(await bulkChangeCustomers(actor, { kind: "matching", query, expectedCount: 2 }, { kind: "archive" })).toEqual({ matched: 2, changed: 2 });
    expect((await stateOf(ids)).map((c) => c.archivedAt !== null)).toEqual([true, true, false]);
    expect((await stateOf(others.ids))[0].archivedAt).toBeNull();
  });

  describe("a failure midway", () => {
    afterEach(async () => {
      if (isPostgres()) await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS bulk_fail ON "CustomerWarning"`);
      else await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS bulk_fail`);
    });

    it("leaves nothing: statuses, audit rows and warnings as before", async () => {
      const { ids } = await customers(["trial", "trial", "trial"]);
      const before = await stateOf(ids);
      // The warnings are written last, after the update and the audit rows: fail there.
      if (isPostgres()) {
        await getDb().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION bulk_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql`);
        await getDb().$executeRawUnsafe(`CREATE TRIGGER bulk_fail BEFORE INSERT ON "CustomerWarning" FOR EACH ROW EXECUTE FUNCTION bulk_fail()`);
      } else {
        await getDb().$executeRawUnsafe(`CREATE TRIGGER bulk_fail BEFORE INSERT ON "CustomerWarning" BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
      }

      await expect(bulkChangeCustomers(actor, { kind: "ids", ids }, { kind: "status", status: "paying" })).rejects.toThrow(/injected failure/);

      expect(await stateOf(ids)).toEqual(before);
      expect(await bulkAudit(ids)).toEqual([]);
    });
  });
});
