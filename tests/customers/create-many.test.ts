// Integration: the batch writer (the import's new rows, the API's bulk create) stores exactly what
// createCustomer stores for the same input: columns, search text, tags, warnings and audit row.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { createCustomersInBatch } from "@/lib/customers/create-many";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
let partnerId: number;
beforeAll(async () => {
  actor = await createStaffActor();
  partnerId = (await getDb().partner.create({ data: { name: `Batch Partner ${Date.now()}` } })).id;
});

const NOW = new Date("2026-11-24T12:00:00Z");

async function stored(id: number) {
  const db = getDb();
  const customer = await db.customer.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, tags, searchText, ...columns } = customer;
  const warnings = await db.customerWarning.findMany({ where: { customerId: id }, orderBy: { rule: "asc" } });
  const audit = await db.auditLog.findMany({ where: { customerId: id } });
  return {
    columns,
    searchText: searchText.replace(String(id), "<id>"),
    tags: tags.map((t) => t.tag.name).sort(),
    rules: warnings.map((w) => w.rule),
    audit: audit.map((a) => ({ action: a.action, actorId: a.actorId, actorLabel: a.actorLabel, entityId: a.entityId === String(id), changes: JSON.parse(a.changes as string) })),
  };
}

describe("createCustomersInBatch", () => {
  it("stores what createCustomer stores, for a full input and a bare one", async () => {
    const full = customerInputSchema.parse({
      name: "Ærlig Tann AS",
      status: "paying",
      partnerId: String(partnerId),
      accountManagerId: String(actor.id),
      tags: "dental, nordic, dental",
      addressLine1: "Storgata 1",
      postalCode: "0155",
      city: "Oslo",
      country: "NO",
      organisationNumber: "923609016",
      externalId: "crm-1",
      industryCode: "86.230",
      trialEndsAt: "2026-01-31",
      notes: "From the batch test",
    });
    const bare = customerInputSchema.parse({ name: "Bare Clinic" });

    for (const input of [full, bare]) {
      const one = await createCustomer(actor, input, { origin: "api", now: NOW });
      const [batched] = await getDb().$transaction((tx) => createCustomersInBatch(tx, [input], { origin: "api", actor, now: NOW }));
      expect(await stored(batched)).toEqual(await stored(one.id));
    }
    // The full input is paying without billing email and without contract: the warnings are real.
    const [latest] = await getDb().customer.findMany({ where: { name: "Ærlig Tann AS" }, orderBy: { id: "desc" }, take: 1 });
    expect((await stored(latest.id)).rules).toEqual(["paying_without_billing_email", "paying_without_contract"]);
  });

  it("returns the ids in input order, each matching its own row", async () => {
    const inputs = Array.from({ length: 1203 }, (_, i) => customerInputSchema.parse({ name: `Batch ${i}`, tags: i % 2 ? "odd" : "" }));
    const ids = await getDb().$transaction((tx) => createCustomersInBatch(tx, inputs, { origin: "import", actor, now: NOW }));
    expect(ids).toHaveLength(1203);
    const rows = await getDb().customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, searchText: true, tags: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    ids.forEach((id, i) => {
      expect(byId.get(id)?.name).toBe(`Batch ${i}`);
      expect(byId.get(id)?.searchText).toBe(`${id} batch ${i}`);
      expect(byId.get(id)?.tags).toHaveLength(i % 2);
    });
  });

  it("writes nothing when a statement of the batch fails", async () => {
    const before = await getDb().customer.count();
    const auditBefore = await getDb().auditLog.count();
    const inputs = [customerInputSchema.parse({ name: "Fine" }), customerInputSchema.parse({ name: "Orphan", partnerId: "999999" })];
    await expect(getDb().$transaction((tx) => createCustomersInBatch(tx, inputs, { origin: "api", actor, now: NOW }))).rejects.toThrow();
    expect(await getDb().customer.count()).toBe(before);
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });
});
