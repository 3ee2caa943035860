// Integration: the per-customer recompute that every write runs, with the full rule subject.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { archiveCustomer, createCustomer, unarchiveCustomer, updateCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

const NOW = new Date("2026-11-24T15:30:00Z");
let actor: AuditActor;
beforeAll(async () => {
  actor = await createStaffActor();
});

const rulesOf = async (customerId: number) =>
  (await getDb().customerWarning.findMany({ where: { customerId }, orderBy: { rule: "asc" } })).map((row) => row.rule);

describe("recomputeCustomerWarnings", () => {
  it("flags a trial past its end when the form sets an end date in the past, and clears it when moved on", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Trial Clinic", trialEndsAt: "2026-11-23" }), { now: NOW });
    expect(customer.hasWarnings).toBe(true);
    expect(await rulesOf(customer.id)).toEqual(["trial_past_end"]);

    const moved = await updateCustomer(actor, customer.id, customerInputSchema.partial().parse({ trialEndsAt: "2026-11-24" }), { now: NOW });
    expect(moved.hasWarnings).toBe(false);
    expect(await rulesOf(customer.id)).toEqual([]);
  });

  it("sees the customer's scanners, ignoring archived ones", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Scanner Clinic" }), { now: NOW });
    const scanner = await getDb().scanner.create({
      data: { customerId: customer.id, uplink: "ultrasound", firstSeenAt: new Date("2026-01-01T00:00:00Z"), lastSeenAt: new Date("2026-10-01T00:00:00Z") },
    });
    expect(await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW))).toEqual(["scanner_not_seen_30_days"]);

    await getDb().scanner.update({ where: { id: scanner.id }, data: { archivedAt: new Date("2026-11-01T00:00:00Z") } });
    expect(await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW))).toEqual([]);
  });

  it("clears an archived customer's warnings and restores them when unarchived", async () => {
    const customer = await createCustomer(actor, customerInputSchema.parse({ name: "Paying Alone", status: "paying" }), { now: NOW });
    expect(await rulesOf(customer.id)).toEqual(["paying_without_billing_email", "paying_without_contract"]);

    await archiveCustomer(actor, customer.id, NOW);
    expect(await rulesOf(customer.id)).toEqual([]);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).hasWarnings).toBe(false);

    await unarchiveCustomer(actor, customer.id, NOW);
    expect(await rulesOf(customer.id)).toEqual(["paying_without_billing_email", "paying_without_contract"]);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).hasWarnings).toBe(true);
  });
});
