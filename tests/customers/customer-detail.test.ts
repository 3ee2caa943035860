// getCustomerOrThrow reads the customer in raw statements (decision 042); it must answer exactly as
// the Prisma read it replaced: every column with its type (Date, bigint, boolean), partner, account
// manager, tags by name, warnings and the settings' currency, or null/empty where there are none.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { CUSTOMER_DETAIL_INCLUDE, getCustomerOrThrow } from "@/lib/customers/queries";

const prismaRead = (id: number) => getDb().customer.findUniqueOrThrow({ where: { id }, include: CUSTOMER_DETAIL_INCLUDE });

describe("getCustomerOrThrow", () => {
  it("answers like Prisma's include for a customer with every relation", async () => {
    const db = getDb();
    const partner = await db.partner.create({ data: { name: "Detail Partner" } });
    const manager = await db.staffUser.create({ data: { email: "detail-am@example.com", name: "Detail Manager", role: "ACCOUNT_MANAGER", passwordHash: "x" } });
    const customer = await db.customer.create({
      data: {
        name: "Detail Clinic", nameSort: "detail clinic", searchText: "detail clinic", status: "paying", partnerId: partner.id, accountManagerId: manager.id,
        hasWarnings: true, mrrMinor: 9_007_199_254_740_993n, arrMinor: 12n, trialEndsAt: new Date("2026-01-02T03:04:05.678Z"), notes: "a note",
        archivedAt: new Date("2026-02-03T00:00:00Z"), riskScore: 42, riskLevel: "medium",
      },
    });
    for (const name of ["zeta", "alpha", "Mid"]) {
      const tag = await db.tag.create({ data: { name: `${name}-detail` } });
      await db.customerTag.create({ data: { customerId: customer.id, tagId: tag.id } });
    }
    await db.customerWarning.createMany({ data: [{ customerId: customer.id, rule: "paying-without-contract" }, { customerId: customer.id, rule: "missing-billing-email" }] });
    await db.customerSettings.create({ data: { customerId: customer.id, currency: "NOK" } });

    const detail = await getCustomerOrThrow(customer.id);
    const expected = await prismaRead(customer.id);
    expect({ ...detail, warnings: [...detail.warnings].sort((a, b) => a.rule.localeCompare(b.rule)) }).toStrictEqual({
      ...expected,
      warnings: [...expected.warnings].sort((a, b) => a.rule.localeCompare(b.rule)),
    });
    expect(detail.mrrMinor).toBe(9_007_199_254_740_993n);
    expect(detail.hasWarnings).toBe(true);
    expect(detail.settings).toStrictEqual({ currency: "NOK" });
    expect(detail.partner).toStrictEqual({ id: partner.id, name: "Detail Partner" });
    expect(detail.tags).toHaveLength(3);
  });

  it("answers like Prisma's include for a customer with none, and NOT_FOUND for an unknown id", async () => {
    const bare = await getDb().customer.create({ data: { name: "Bare", nameSort: "bare", searchText: "bare" } });
    const detail = await getCustomerOrThrow(bare.id);
    expect(detail).toStrictEqual(await prismaRead(bare.id));
    expect(detail).toMatchObject({ partner: null, accountManager: null, tags: [], warnings: [], settings: null, hasWarnings: false, trialEndsAt: null });
    await expect(getCustomerOrThrow(99_999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
