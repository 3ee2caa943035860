// Integration: customer writes against a real SQLite database, with audit rows and warnings.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { archiveCustomer, createCustomer, unarchiveCustomer, updateCustomer } from "@/lib/customers/mutations";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { addContract, createStaffActor } from "../helpers/factories";

let actor: AuditActor;
beforeAll(async () => {
  actor = await createStaffActor();
});

describe("createCustomer", () => {
  it("creates a trial customer with origin manage from a name alone, with its audit row", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Acme Clinic" }));
    expect(customer).toMatchObject({ name: "Acme Clinic", status: "trial", origin: "manage", hasWarnings: false, archivedAt: null });

    const audit = await listCustomerAuditLog(customer.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "customer.created", actorLabel: actor.label });
    expect(audit[0].changes.name).toEqual({ before: null, after: "Acme Clinic" });
  });

  it("stores the normalized search text (case and accents folded), id included", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Ærlig Tann AS", city: "Bergen", billingEmail: "Post@Tann.no" }));
    const stored = await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(stored.searchText).toBe(`${customer.id} aerlig tann as post@tann.no bergen`);
    expect(stored.nameSort).toBe("aerlig tann as");
  });

  it("flags a paying customer created without a contract", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Paying Co", status: "paying", billingEmail: "billing@paying.example" }));
    expect(customer.hasWarnings).toBe(true);
    const warnings = await getDb().customerWarning.findMany({ where: { customerId: customer.id } });
    expect(warnings.map((w) => w.rule)).toEqual(["paying_without_contract"]);
  });

  it("writes nothing when the transaction fails part-way", async () => {
    const before = await getDb().customer.count();
    const auditBefore = await getDb().auditLog.count();
    // A partner id that does not exist fails the insert's foreign key.
    await expect(createCustomer(actor, customerInputSchema.parse({ name: "Broken", partnerId: "999999" }))).rejects.toThrow();
    expect(await getDb().customer.count()).toBe(before);
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });
});

describe("updateCustomer", () => {
  it("records exactly the changed fields, before and after", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Edit Me", city: "Oslo" }));
    await updateCustomer(actor, customer.id, { billingEmail: "finance@editme.example", city: "Oslo" });

    const [latest] = await listCustomerAuditLog(customer.id);
    expect(latest.action).toBe("customer.updated");
    expect(latest.changes).toEqual({ billingEmail: { before: null, after: "finance@editme.example" } });
    const stored = await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(stored.searchText).toContain("finance@editme.example");
  });

  it("writes no audit row when nothing changed", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Same" }));
    await updateCustomer(actor, customer.id, { name: "Same" });
    expect(await listCustomerAuditLog(customer.id)).toHaveLength(1);
  });

  it("replaces tags and audits them by name", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Tagged", tags: "vip" }));
    const updated = await updateCustomer(actor, customer.id, { tags: ["pilot", "enterprise"] });
    expect(updated.tags.map((t) => t.tag.name).sort()).toEqual(["enterprise", "pilot"]);
    const [latest] = await listCustomerAuditLog(customer.id);
    expect(latest.changes.tags).toEqual({ before: "vip", after: "enterprise, pilot" });
  });

  it("recomputes warnings in the same write: paying with a contract has none, without one it has", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Soon Paying", billingEmail: "billing@soon.example" }));
    await addContract(customer.id);
    expect((await updateCustomer(actor, customer.id, { status: "paying" })).hasWarnings).toBe(false);

    const other = await createCustomer(actor, customerInputSchema.parse({ name: "Paying Alone" }));
    expect((await updateCustomer(actor, other.id, { status: "paying" })).hasWarnings).toBe(true);
    expect((await updateCustomer(actor, other.id, { status: "churned" })).hasWarnings).toBe(false);
  });

  it("fails with NOT_FOUND for an unknown id", async () => {
    await expect(updateCustomer(actor, 987654, { name: "Ghost" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("archive and unarchive", () => {
  it("sets and clears archivedAt, each with an audit row", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Archivable" }));
    const at = new Date("2026-11-24T09:00:00Z");
    await archiveCustomer(actor, customer.id, at);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).archivedAt).toEqual(at);
    await unarchiveCustomer(actor, customer.id);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).archivedAt).toBeNull();

    const actions = (await listCustomerAuditLog(customer.id)).map((row) => row.action);
    expect(actions).toEqual(["customer.unarchived", "customer.archived", "customer.created"]);
  });

  it("refuses to archive twice", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Twice" }));
    await archiveCustomer(actor, customer.id);
    await expect(archiveCustomer(actor, customer.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(unarchiveCustomer(actor, 987654)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("warnings recompute", () => {
  it("changes the stored flag without touching the customer's Updated time", async () => {
    const { recomputeCustomerWarnings } = await import("@/lib/warnings/recompute");
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Contract Ends", billingEmail: "billing@ends.example" }));
    await addContract(customer.id);
    await updateCustomer(actor, customer.id, { status: "paying" });
    const before = await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(before.hasWarnings).toBe(false);

    await getDb().contract.updateMany({ where: { customerId: customer.id }, data: { endedAt: new Date("2025-01-01T00:00:00Z") } });
    const rules = await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id));
    expect(rules).toEqual(["paying_without_contract"]);
    const after = await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(after.hasWarnings).toBe(true);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
