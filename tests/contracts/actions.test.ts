// Integration: the contract server actions as public endpoints. Only the session look-up is
// replaced (there is no request here); the permission check, zod and the database are real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  // next.config.mjs enables authInterrupts (forbidden()); outside Next the flag is set here.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
// sv: the session version a fresh user has (decision 017).
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createContractAction, endContractAction, updateContractAction } from "@/lib/contracts/actions";
import { createStaffActor } from "../helpers/factories";
import { formOf, interruptOf } from "../helpers/action-calls";

const terms = {
  startDate: "2026-01-01",
  endDate: "",
  currency: "USD",
  unitPrice: "1.20",
  includedUnits: "100",
  billingPeriod: "monthly",
  sendInvoicesAutomatically: "on",
  autoRenew: "on",
};

let customerId: number;
let supportId: number;
let financeId: number;

beforeAll(async () => {
  supportId = (await createStaffActor("SUPPORT")).id!;
  financeId = (await createStaffActor("FINANCE")).id!;
  const customer = await createCustomer({ id: financeId, label: "finance" }, customerInputSchema.parse({ name: "Action Co", status: "paying" }));
  customerId = customer.id;
});

beforeEach(() => {
  session.uid = undefined;
});

const counts = async () => ({ contracts: await getDb().contract.count(), audit: await getDb().auditLog.count() });

describe("createContractAction", () => {
  it("answers 403 to support and writes nothing", async () => {
    session.uid = supportId;
    const before = await counts();
    expect(await interruptOf(createContractAction(null, formOf({ customerId, type: "per_study", ...terms })))).toMatch(/HTTP_ERROR_FALLBACK;403/);
    expect(await counts()).toEqual(before);
  });

  it("sends a signed-out caller to sign in and writes nothing", async () => {
    const before = await counts();
    expect(await interruptOf(createContractAction(null, formOf({ customerId, type: "per_study", ...terms })))).toMatch(/NEXT_REDIRECT;.*\/signin/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a post that skipped step 1 (no type) or names an unknown type, with a message, writing nothing", async () => {
    session.uid = financeId;
    const before = await counts();
    for (const type of [undefined, "per_byte"]) {
      const result = await createContractAction(null, formOf({ customerId, ...terms, ...(type ? { type } : {}) }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { type: ["Choose a contract type: Per Scanner, Per Transaction or Per Study"] } });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an end before the start and a negative price, keeping the values typed", async () => {
    session.uid = financeId;
    const before = await counts();
    const result = await createContractAction(null, formOf({ customerId, type: "per_study", ...terms, endDate: "2025-01-01", unitPrice: "-3" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { endDate: ["The contract cannot end before it starts"], unitPrice: ["The unit price cannot be negative"] },
      values: { unitPrice: "-3" },
    });
    expect(await counts()).toEqual(before);
  });

  it("lets finance create a contract, then redirects to the Contracts tab", async () => {
    session.uid = financeId;
    expect(await interruptOf(createContractAction(null, formOf({ customerId, type: "per_scanner", ...terms })))).toMatch(
      new RegExp(`NEXT_REDIRECT;.*/customers/${customerId}/contracts;`),
    );
    expect(await getDb().contract.count({ where: { customerId, type: "per_scanner" } })).toBe(1);
  });
});

describe("updateContractAction and endContractAction", () => {
  it("answer 403 to support and change nothing", async () => {
    const contract = await getDb().contract.findFirstOrThrow({ where: { customerId } });
    session.uid = supportId;
    expect(await interruptOf(updateContractAction(null, formOf({ customerId, contractId: contract.id, ...terms, unitPrice: "99" })))).toMatch(/;403/);
    expect(await interruptOf(endContractAction(null, formOf({ customerId, contractId: contract.id })))).toMatch(/;403/);
    expect(await getDb().contract.findUniqueOrThrow({ where: { id: contract.id } })).toEqual(contract);
  });
});
