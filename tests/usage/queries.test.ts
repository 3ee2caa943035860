// Integration: the Stats tab's months (every month of the range, zeros where nothing is stored)
// and the span of a customer's recorded usage.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { getUsageSpan, listMonthlyUsage } from "@/lib/usage/queries";
import { createStaffActor } from "../helpers/factories";

const GiB = 1024 ** 3;
let customerId: number;
let emptyCustomerId: number;

beforeAll(async () => {
  const actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Hayden Parker" }))).id;
  emptyCustomerId = (await createCustomer(actor, customerInputSchema.parse({ name: "No Images Yet" }))).id;
  await getDb().monthlyUsage.createMany({
    data: [
      { customerId, month: "2017-03", studies: 295, instances: 2658, cines: 127, storageBytes: BigInt(Math.round(6.92 * GiB)) },
      { customerId, month: "2017-05", studies: 308, instances: 2848, cines: 168, storageBytes: BigInt(Math.round(7.83 * GiB)) },
    ],
  });
});

describe("listMonthlyUsage", () => {
  it("lists every month of the range oldest first, zeros for a month without a row", async () => {
    const months = await listMonthlyUsage(customerId, { from: "2017-02", to: "2017-06" });
    expect(months.map((m) => [m.month, m.studies, m.recorded])).toEqual([
      ["2017-02", 0, false],
      ["2017-03", 295, true],
      ["2017-04", 0, false],
      ["2017-05", 308, true],
      ["2017-06", 0, false],
    ]);
    expect(months[1]).toMatchObject({ instances: 2658, cines: 127, storageBytes: BigInt(Math.round(6.92 * GiB)) });
    expect(months[0].storageBytes).toBe(0n);
  });

  it("keeps to the range", async () => {
    const months = await listMonthlyUsage(customerId, { from: "2017-04", to: "2017-04" });
    expect(months).toEqual([{ month: "2017-04", studies: 0, instances: 0, cines: 0, storageBytes: 0n, recorded: false }]);
  });
});

describe("getUsageSpan", () => {
  it("gives the first and last recorded month", async () => {
    expect(await getUsageSpan(customerId)).toEqual({ from: "2017-03", to: "2017-05" });
  });

  it("is null for a customer without usage", async () => {
    expect(await getUsageSpan(emptyCustomerId)).toBeNull();
  });
});
