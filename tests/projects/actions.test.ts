// Integration: the project server actions as public endpoints on a real database file. Only the
// session look-up is replaced (there is no request here); permissions, zod and the DB are real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  // next.config.mjs enables authInterrupts (forbidden()); outside Next the flag is set here.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { createStaffActor } from "../helpers/factories";
import { formOf, interruptOf } from "../helpers/action-calls";

const fields = { name: "Scanner rollout", startDate: "2026-03-01", endDate: "2026-06-30", billed: "1250.50", paid: "250", currency: "EUR" };

let customerId: number;
let otherCustomerId: number;
let managerId: number;
let supportId: number;
let financeId: number;

beforeAll(async () => {
  const manager = await createStaffActor("ACCOUNT_MANAGER");
  managerId = manager.id!;
  supportId = (await createStaffActor("SUPPORT")).id!;
  financeId = (await createStaffActor("FINANCE")).id!;
  customerId = (await createCustomer(manager, customerInputSchema.parse({ name: "Project Co" }))).id;
  otherCustomerId = (await createCustomer(manager, customerInputSchema.parse({ name: "Other Co" }))).id;
});

beforeEach(() => {
  session.uid = undefined;
});

const counts = async () => ({ projects: await getDb().project.count(), audit: await getDb().auditLog.count() });
const projectAudit = (entityId: number) => getDb().auditLog.findMany({ where: { entityType: "project", entityId: String(entityId) }, orderBy: { id: "asc" } });

describe("createProjectAction", () => {
  it("an account manager adds a project: stored exactly, with one audit row on the customer's log", async () => {
    session.uid = managerId;
    expect(await interruptOf(createProjectAction(null, formOf({ customerId, ...fields })))).toMatch(new RegExp(`NEXT_REDIRECT;.*/customers/${customerId}/projects;`));
    const project = await getDb().project.findFirstOrThrow({ where: { customerId }, orderBy: { id: "desc" } });
    expect(project).toMatchObject({ name: "Scanner rollout", billedMinor: 125_050n, paidMinor: 25_000n, currency: "EUR" });
    expect(project.startDate.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(project.endDate?.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    const [audit] = await projectAudit(project.id);
    expect(audit).toMatchObject({ action: "project.created", customerId, actorId: managerId });
    expect(JSON.parse(audit.changes)).toMatchObject({ project: { before: null, after: "Scanner rollout" }, billed: { before: null, after: "1250.50" } });
  });

  it("refuses an end before the start and negative billed and paid, each at its field, writing nothing", async () => {
    session.uid = managerId;
    const before = await counts();
    const result = await createProjectAction(null, formOf({ customerId, ...fields, startDate: "2026-05-02", endDate: "2026-05-01", billed: "-1", paid: "-0.01" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        endDate: ["The project cannot end before it starts"],
        billed: ["Billed cannot be negative"],
        paid: ["Paid cannot be negative"],
      },
      values: { billed: "-1" },
    });
    expect(await counts()).toEqual(before);
  });

  it("stores billed and paid beyond 32 bits exactly, on either database", async () => {
    session.uid = managerId;
    // 30,000,000.01 is 3,000,000,001 minor units: more than 2^31 - 1 (2,147,483,647).
    await interruptOf(createProjectAction(null, formOf({ customerId, ...fields, name: "Hospital network", billed: "30000000.01", paid: "25000000" })));
    const project = await getDb().project.findFirstOrThrow({ where: { customerId, name: "Hospital network" } });
    expect(project).toMatchObject({ billedMinor: 3_000_000_001n, paidMinor: 2_500_000_000n });
  });

  it("accepts a project that starts and ends on the same day", async () => {
    session.uid = managerId;
    await interruptOf(createProjectAction(null, formOf({ customerId, ...fields, name: "One day", startDate: "2026-05-01", endDate: "2026-05-01" })));
    expect(await getDb().project.count({ where: { customerId, name: "One day" } })).toBe(1);
  });

  it("answers 403 to support and finance, who read projects but do not write them, and writes nothing", async () => {
    const before = await counts();
    for (const uid of [supportId, financeId]) {
      session.uid = uid;
      expect(await interruptOf(createProjectAction(null, formOf({ customerId, ...fields })))).toMatch(/HTTP_ERROR_FALLBACK;403/);
    }
    expect(await counts()).toEqual(before);
  });

  it("sends a signed-out caller to sign in and writes nothing", async () => {
    const before = await counts();
    expect(await interruptOf(createProjectAction(null, formOf({ customerId, ...fields })))).toMatch(/NEXT_REDIRECT;.*\/signin/);
    expect(await counts()).toEqual(before);
  });
});

describe("updateProjectAction", () => {
  it("edits a project and records only what changed, naming the project", async () => {
    const project = await getDb().project.create({ data: { customerId, name: "Training", startDate: new Date("2026-01-01T00:00:00Z"), billedMinor: 10_000, currency: "USD" } });
    session.uid = managerId;
    await interruptOf(updateProjectAction(null, formOf({ customerId, projectId: project.id, name: "Training", startDate: "2026-01-01", endDate: "", billed: "100.00", paid: "60", currency: "USD" })));
    expect(await getDb().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ paidMinor: 6_000n, billedMinor: 10_000n });
    const rows = await projectAudit(project.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "project.updated", customerId });
    expect(JSON.parse(rows[0].changes)).toEqual({ project: { before: "Training", after: "Training" }, paid: { before: "0.00", after: "60.00" } });
  });

  it("another customer's project through this customer's URL is 404 and nothing is written", async () => {
    const theirs = await getDb().project.create({ data: { customerId: otherCustomerId, name: "Theirs", startDate: new Date("2026-01-01T00:00:00Z"), currency: "USD" } });
    session.uid = managerId;
    const before = await counts();
    const crafted = formOf({ customerId, projectId: theirs.id, name: "Hijacked", startDate: "2026-01-01", billed: "999", paid: "0", currency: "USD" });
    expect(await interruptOf(updateProjectAction(null, crafted))).toMatch(/HTTP_ERROR_FALLBACK;404/);
    expect(await getDb().project.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ customerId: otherCustomerId, name: "Theirs", billedMinor: 0n });
    expect(await counts()).toEqual(before);
  });

  it("a negative paid amount on edit is refused at the field and the project is unchanged", async () => {
    const project = await getDb().project.create({ data: { customerId, name: "Survey", startDate: new Date("2026-01-01T00:00:00Z"), paidMinor: 500, currency: "USD" } });
    session.uid = managerId;
    const result = await updateProjectAction(null, formOf({ customerId, projectId: project.id, name: "Survey", startDate: "2026-01-01", billed: "10", paid: "-5", currency: "USD" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { paid: ["Paid cannot be negative"] } });
    expect(await getDb().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ paidMinor: 500n, billedMinor: 0n });
    expect(await projectAudit(project.id)).toHaveLength(0);
  });
});
