// Integration: the Audit log tab's pages (past the 200 rows the old tab stopped at) and its kind
// filter by kind of record.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { auditLogQuerySchema, listCustomerAuditPage } from "@/lib/audit/customer-log";
import { createStaffActor } from "../helpers/factories";

let customerId: number;
let otherId: number;
const EXTRA = 230;

beforeAll(async () => {
  const actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Audit Co" }))).id; // writes one "customer" row
  otherId = (await createCustomer(actor, customerInputSchema.parse({ name: "Other Audit Co" }))).id;
  const kinds = ["project", "account", "contract", "location", "asset", "customer"];
  const base = Date.UTC(2026, 0, 1);
  await getDb().auditLog.createMany({
    data: Array.from({ length: EXTRA }, (_, i) => ({
      action: "project.updated",
      actorId: actor.id,
      actorLabel: actor.label,
      entityType: kinds[i % kinds.length],
      entityId: String(i),
      customerId,
      changes: JSON.stringify({ n: { before: i, after: i + 1 } }),
      // Two rows share each second, so the order must not rest on the time alone.
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    })),
  });
  await getDb().auditLog.create({ data: { action: "project.created", actorLabel: "x", entityType: "project", entityId: "0", customerId: otherId } });
});

const query = (raw: Record<string, string>) => auditLogQuerySchema.parse(raw);

describe("listCustomerAuditPage", () => {
  it("pages through every row, newest first, without gaps or repeats, past 200 rows", async () => {
    const total = EXTRA + 1;
    const seen: number[] = [];
    let previous: { createdAt: number; id: number } | null = null;
    for (let page = 1; page <= Math.ceil(total / 50); page++) {
      const result = await listCustomerAuditPage(customerId, query({ page: String(page) }));
      expect(result.total).toBe(total);
      expect(result.page).toBe(page);
      for (const row of result.rows) {
        if (previous) expect(row.createdAt.getTime() < previous.createdAt || (row.createdAt.getTime() === previous.createdAt && row.id < previous.id)).toBe(true);
        previous = { createdAt: row.createdAt.getTime(), id: row.id };
        seen.push(row.id);
      }
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const ids = (await getDb().auditLog.findMany({ where: { customerId }, select: { id: true } })).map((r) => r.id);
    expect([...seen].sort((a, b) => a - b)).toEqual(ids.sort((a, b) => a - b));
  });

  it("a page past the last shows the last page; a bad page number shows the first", async () => {
    const last = await listCustomerAuditPage(customerId, query({ page: "999" }));
    expect(last.page).toBe(Math.ceil((EXTRA + 1) / 50));
    expect(last.rows).toHaveLength((EXTRA + 1) % 50);
    expect((await listCustomerAuditPage(customerId, query({ page: "-3" }))).page).toBe(1);
    expect((await listCustomerAuditPage(customerId, query({ page: "abc" }))).page).toBe(1);
  });

  it("filters by kind of record", async () => {
    const customerRows = await listCustomerAuditPage(customerId, query({ kind: "customer" }), 1000);
    // The generated rows of that kind, and the one createCustomer wrote.
    expect(customerRows.total).toBe(Math.ceil((EXTRA - 5) / 6) + 1);
    expect(new Set(customerRows.rows.map((row) => row.entityType))).toEqual(new Set(["customer"]));
    const projects = await listCustomerAuditPage(customerId, query({ kind: "project" }), 1000);
    expect(projects.total).toBe(Math.ceil(EXTRA / 6));
    expect(projects.rows.every((row) => row.entityType === "project")).toBe(true);
  });

  it("an unknown kind lists everything; another customer's rows never show", async () => {
    const all = await listCustomerAuditPage(customerId, query({ kind: "staff_user" }));
    expect(all.total).toBe(EXTRA + 1);
    const other = await listCustomerAuditPage(otherId, query({}));
    expect(other.rows.map((row) => [row.entityType, row.action]).sort()).toEqual([["customer", "customer.created"], ["project", "project.created"]]);
  });
});
