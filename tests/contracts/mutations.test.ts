// Integration: contract writes against a real SQLite database, each with its audit row and the
// customer's warnings recomputed in the same transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer, archiveCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createContract, endContract, updateContract } from "@/lib/contracts/mutations";
import { contractInputSchema, contractUpdateSchema } from "@/lib/contracts/schema";
import { listCustomerContracts } from "@/lib/contracts/queries";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

const NOW = new Date("2026-06-15T10:00:00Z");
const terms = {
  type: "per_study",
  startDate: "2026-01-01",
  endDate: "",
  currency: "USD",
  unitPrice: "1.20",
  includedUnits: "100",
  billingPeriod: "monthly",
  sendInvoicesAutomatically: "on",
  autoRenew: "on",
};

let actor: AuditActor;
beforeAll(async () => {
  actor = await createStaffActor("FINANCE");
});

async function payingCustomerWithoutContract(name: string) {
  return createCustomer(actor, customerInputSchema.parse({ name, status: "paying", billingEmail: "billing@example.com" }), { now: NOW });
}

async function warningRules(customerId: number): Promise<string[]> {
  const rows = await getDb().customerWarning.findMany({ where: { customerId }, select: { rule: true } });
  return rows.map((row) => row.rule);
}

async function contractAudit(customerId: number) {
  const rows = await getDb().auditLog.findMany({ where: { customerId, entityType: "contract" }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as Record<string, { before: unknown; after: unknown }> }));
}

describe("createContract", () => {
  it("clears 'paying without contract' in the same transaction and records who created what", async () => {
    const customer = await payingCustomerWithoutContract("Paying Without Contract");
    expect(await warningRules(customer.id)).toContain("paying_without_contract");

    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });

    expect(contract).toMatchObject({ customerId: customer.id, type: "per_study", unitPriceMinor: 120n, includedUnits: 100, autoRenew: true });
    expect(await warningRules(customer.id)).not.toContain("paying_without_contract");
    const audit = await contractAudit(customer.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "contract.created", actorLabel: actor.label, entityId: String(contract.id) });
    expect(audit[0].changes).toMatchObject({
      contract: { before: null, after: `Per Study #${contract.id}` },
      unitPrice: { before: null, after: "1.20" },
      startDate: { before: null, after: "2026-01-01" },
    });
  });

  it("stores and reads back a unit price beyond 32 bits exactly, on either database", async () => {
    const customer = await payingCustomerWithoutContract("Large Price Co");
    // 98,765,432.19 is 9,876,543,219 minor units: more than 2^31 - 1 (2,147,483,647).
    const contract = await createContract(actor, customer.id, contractInputSchema.parse({ ...terms, unitPrice: "98765432.19" }), { now: NOW });
    const stored = await getDb().contract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(stored.unitPriceMinor).toBe(9_876_543_219n);
    expect((await contractAudit(customer.id))[0].changes.unitPrice).toEqual({ before: null, after: "98765432.19" });
  });

  it("does not clear the warning with a contract that starts later, which is not active yet", async () => {
    const customer = await payingCustomerWithoutContract("Future Contract");
    await createContract(actor, customer.id, contractInputSchema.parse({ ...terms, startDate: "2026-07-01" }), { now: NOW });
    expect(await warningRules(customer.id)).toContain("paying_without_contract");
    const [row] = await listCustomerContracts(customer.id, NOW);
    expect(row.status).toBe("not_started");
  });

  it("refuses an archived customer with a clear message and writes nothing", async () => {
    const customer = await payingCustomerWithoutContract("Archived Co");
    await archiveCustomer(actor, customer.id, NOW);
    const auditBefore = await getDb().auditLog.count();
    await expect(createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW })).rejects.toThrow(/archived/);
    expect(await getDb().contract.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });

  it("refuses a customer that does not exist", async () => {
    await expect(createContract(actor, 999_999, contractInputSchema.parse(terms), { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("endContract", () => {
  it("brings 'paying without contract' back, with a contract.ended row naming the contract", async () => {
    const customer = await payingCustomerWithoutContract("Ends Its Contract");
    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });
    expect(await warningRules(customer.id)).not.toContain("paying_without_contract");

    await endContract(actor, contract.id, { now: NOW, customerId: customer.id });

    expect(await warningRules(customer.id)).toContain("paying_without_contract");
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).hasWarnings).toBe(true);
    const ended = (await contractAudit(customer.id)).at(-1)!;
    expect(ended.action).toBe("contract.ended");
    expect(ended.changes).toEqual({
      contract: { before: `Per Study #${contract.id}`, after: `Per Study #${contract.id}` },
      endedAt: { before: null, after: NOW.toISOString() },
    });
    const [row] = await listCustomerContracts(customer.id, NOW);
    expect(row.status).toBe("ended");
  });

  it("refuses to end a contract twice, or one of another customer, and writes nothing", async () => {
    const customer = await payingCustomerWithoutContract("Ended Twice");
    const other = await payingCustomerWithoutContract("Someone Else");
    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });
    await expect(endContract(actor, contract.id, { now: NOW, customerId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await endContract(actor, contract.id, { now: NOW });
    const auditBefore = await getDb().auditLog.count();
    await expect(endContract(actor, contract.id, { now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });
});

describe("updateContract", () => {
  it("records exactly the changed terms and recomputes the warnings", async () => {
    const customer = await payingCustomerWithoutContract("Edits Its Contract");
    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });

    // Ending it in the past without renewal makes it expired: the warning comes back.
    await updateContract(actor, contract.id, contractUpdateSchema.parse({ ...terms, endDate: "2026-03-31", autoRenew: undefined, unitPrice: "2" }), {
      now: NOW,
      customerId: customer.id,
    });

    const updated = (await contractAudit(customer.id)).at(-1)!;
    expect(updated.action).toBe("contract.updated");
    expect(updated.changes).toEqual({
      contract: { before: `Per Study #${contract.id}`, after: `Per Study #${contract.id}` },
      endDate: { before: null, after: "2026-03-31" },
      unitPrice: { before: "1.20", after: "2.00" },
      autoRenew: { before: true, after: false },
    });
    expect(await warningRules(customer.id)).toContain("paying_without_contract");
    expect((await listCustomerContracts(customer.id, NOW))[0].status).toBe("expired");
  });

  it("writes no audit row when nothing changed", async () => {
    const customer = await payingCustomerWithoutContract("No Change");
    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });
    const auditBefore = await getDb().auditLog.count();
    await updateContract(actor, contract.id, contractUpdateSchema.parse(terms), { now: NOW });
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });

  it("refuses to change an ended contract and leaves it as it was", async () => {
    const customer = await payingCustomerWithoutContract("Ended Then Edited");
    const contract = await createContract(actor, customer.id, contractInputSchema.parse(terms), { now: NOW });
    await endContract(actor, contract.id, { now: NOW });
    await expect(updateContract(actor, contract.id, contractUpdateSchema.parse({ ...terms, unitPrice: "9.99" }), { now: NOW })).rejects.toThrow(
      /has ended/,
    );
    expect((await getDb().contract.findUniqueOrThrow({ where: { id: contract.id } })).unitPriceMinor).toBe(120n);
  });
});
