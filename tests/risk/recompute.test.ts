// Integration on a real database: the stored RISC score follows each write that changes a finding,
// in that write's transaction (and not at all when it rolls back), and keeps "Updated" as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { updateContract } from "@/lib/contracts/mutations";
import { contractUpdateSchema } from "@/lib/contracts/schema";
import { createCustomersInBatch } from "@/lib/customers/create-many";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { readStoredRisk } from "@/lib/risk/stored";
import { recomputeAllWarnings } from "@/lib/warnings/recompute-all";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";
import { addContract, createStaffActor } from "../helpers/factories";

const NOW = new Date("2026-12-02T10:00:00Z");
const DAY = 86_400_000;
let actor: AuditActor;
beforeAll(async () => {
  actor = await createStaffActor();
});

async function storedRisk(customerId: number) {
  const row = await getDb().customer.findUniqueOrThrow({ where: { id: customerId }, select: { riskScore: true, riskLevel: true, riskFindings: true, updatedAt: true } });
  return { ...readStoredRisk(row), updatedAt: row.updatedAt };
}
const codes = async (customerId: number) => (await storedRisk(customerId)).findings.map((finding) => finding.code);

/** A paying customer with a billing email, an auto-renewing contract and an active subscription:
 * no warning and no finding. */
async function healthyPaying(name: string) {
  const customer = await createCustomer(actor, customerInputSchema.parse({ name, status: "paying", billingEmail: "billing@clinic.example" }), { now: NOW });
  await getDb().subscription.create({ data: { customerId: customer.id, product: "Cloud PACS", unitPriceMinor: 10_000n, startDate: new Date("2026-01-01T00:00:00Z") } });
  return customer;
}

describe("a write that changes a risk finding", () => {
  it("turning auto-renew off on a contract ending in 30 days adds +2.5, keeping the customer's Updated time", async () => {
    const customer = await healthyPaying("Renewal Clinic");
    const contract = await addContract(customer.id, { endDate: new Date("2027-01-01T00:00:00Z"), autoRenew: true }); // 30 days on
    await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW));
    const before = await storedRisk(customer.id);
    expect(before).toMatchObject({ scoreTenths: 0, level: "low", findings: [] });

    // The edit form's post, with the auto-renew box left unticked.
    const form = { startDate: "2024-01-01", endDate: "2027-01-01", currency: "USD", unitPrice: "1.00", billingPeriod: "monthly", sendInvoicesAutomatically: "on" };
    await updateContract(actor, contract.id, contractUpdateSchema.parse(form), { now: NOW });
    const after = await storedRisk(customer.id);
    expect(after).toMatchObject({ scoreTenths: 25, level: "low" });
    expect(after.findings.map((finding) => finding.text)).toEqual(["+2.5 contract ends in 30 days without auto-renew"]);
    expect(after.updatedAt).toEqual(before.updatedAt);

    await updateContract(actor, contract.id, contractUpdateSchema.parse({ ...form, autoRenew: "on" }), { now: NOW });
    expect(await storedRisk(customer.id)).toMatchObject({ scoreTenths: 0, findings: [] });
  });

  it("setting status to paying without any subscription scores the missing subscription and the warnings it raises", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Trial Turned Paying" }), { now: NOW });
    expect(await codes(customer.id)).toEqual([]);

    await updateCustomer(actor, customer.id, customerInputSchema.partial().parse({ status: "paying" }), { now: NOW });
    const risk = await storedRisk(customer.id);
    // paying without contract (critical, 2.0) and without billing email (1.0), no subscription (2.0)
    expect(risk).toMatchObject({ scoreTenths: 50, level: "medium" });
    expect(risk.findings.map((finding) => finding.code)).toEqual(["open_warnings", "paying_without_subscription"]);
  });

  it("a scanner going silent raises the score at the next write or daily run after its 30th day", async () => {
    const customer = await healthyPaying("Quiet Scanner Clinic");
    await addContract(customer.id, { autoRenew: true });
    await getDb().scanner.create({ data: { customerId: customer.id, uplink: "ultrasound", firstSeenAt: new Date("2026-01-01T00:00:00Z"), lastSeenAt: new Date(NOW.getTime() - 25 * DAY) } });
    await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW));
    expect(await codes(customer.id)).toEqual([]);

    const later = new Date(NOW.getTime() + 6 * DAY);
    await recomputeAllWarnings(getDb(), { now: later });
    expect(await storedRisk(customer.id)).toMatchObject({ scoreTenths: 30, level: "medium" });
    expect((await storedRisk(customer.id)).findings[0].text).toBe("+3.0 the only scanner not seen for 30 days");
  });

  it("a write that rolls back leaves the stored score as it was", async () => {
    const customer = await healthyPaying("Rolled Back Clinic");
    await addContract(customer.id, { autoRenew: true });
    await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW));
    const before = await storedRisk(customer.id);

    let seenInside: number | null = null;
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.subscription.deleteMany({ where: { customerId: customer.id } });
        await recomputeCustomerWarnings(tx, customer.id, NOW);
        seenInside = (await tx.customer.findUniqueOrThrow({ where: { id: customer.id } })).riskScore;
        throw new Error("the audit row could not be written");
      }),
    ).rejects.toThrow("the audit row");
    expect(seenInside).toBe(20);
    expect(await storedRisk(customer.id)).toEqual(before);
  });

  it("a customer created in a batch (import, API bulk create) is stored with its score", async () => {
    const [id] = await getDb().$transaction((tx) => createCustomersInBatch(tx, [{ name: "Bulk Paying", status: "paying" }], { origin: "api", actor, now: NOW }));
    const fromBatch = await storedRisk(id);
    expect(fromBatch).toMatchObject({ scoreTenths: 50, level: "medium" });
    await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, id, NOW));
    expect(await storedRisk(id)).toEqual(fromBatch);
  });
});
