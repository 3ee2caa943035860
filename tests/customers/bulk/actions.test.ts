// Integration: the bulk server action as a public endpoint on a real database. Only the session
// look-up is replaced (there is no request here); permissions, zod and the database are real.
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
import { bulkChangeCustomersAction } from "@/lib/customers/bulk/actions";
import { createStaffActor } from "../../helpers/factories";
import { interruptOf } from "../../helpers/action-calls";

let ids: number[];
let managerId: number;
let supportId: number;
let financeId: number;

beforeAll(async () => {
  const manager = await createStaffActor("ACCOUNT_MANAGER");
  managerId = manager.id!;
  supportId = (await createStaffActor("SUPPORT")).id!;
  financeId = (await createStaffActor("FINANCE")).id!;
  ids = [];
  for (const name of ["Bulk A", "Bulk B", "Bulk C"]) ids.push((await createCustomer(manager, customerInputSchema.parse({ name }))).id);
});

beforeEach(() => {
  session.uid = undefined;
});

const snapshot = async () => ({
  statuses: (await getDb().customer.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { status: true, archivedAt: true } })),
  audit: await getDb().auditLog.count(),
});
const input = (change: object) => ({ target: { kind: "ids", ids }, change });

describe("bulkChangeCustomersAction", () => {
  it("is refused with 403 for support and finance, even when crafted, and writes nothing", async () => {
    const before = await snapshot();
    for (const uid of [supportId, financeId]) {
      session.uid = uid;
      for (const change of [{ kind: "status", status: "churned" }, { kind: "archive" }]) {
        expect(await interruptOf(bulkChangeCustomersAction(input(change)))).toMatch(/403/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("sends a signed-out caller to sign in, writing nothing", async () => {
    const before = await snapshot();
    expect(await interruptOf(bulkChangeCustomersAction(input({ kind: "archive" })))).toMatch(/NEXT_REDIRECT;.*\/signin/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses 10,001 ids with a message beside the selection", async () => {
    session.uid = managerId;
    const before = await snapshot();
    const tooMany = Array.from({ length: 10_001 }, (_, index) => index + 1);
    const result = await bulkChangeCustomersAction({ target: { kind: "ids", ids: tooMany }, change: { kind: "status", status: "paying" } });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { target: ["A bulk action changes at most 10,000 customers; select fewer"] } });
    expect(await snapshot()).toEqual(before);
  });

  it("an account manager changes the status of the three: one audit row each", async () => {
    session.uid = managerId;
    const audit = await getDb().auditLog.count();
    expect(await bulkChangeCustomersAction(input({ kind: "status", status: "suspended" }))).toEqual({ ok: true, data: { matched: 3, changed: 3 } });
    expect((await snapshot()).statuses.map((c) => c.status)).toEqual(["suspended", "suspended", "suspended"]);
    expect(await getDb().auditLog.count()).toBe(audit + 3);
  });
});
