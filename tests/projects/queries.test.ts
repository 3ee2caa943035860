// Integration: the Projects tab's status filter (SQL) agrees with the status shown on each row.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { listCustomerProjects } from "@/lib/projects/queries";
import { PROJECT_STATUSES, projectStatus } from "@/lib/projects/status";
import { createStaffActor } from "../helpers/factories";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// "Today" is 2026-06-15 (UTC), late in the day.
const now = new Date("2026-06-15T23:59:59.999Z");
let customerId: number;

beforeAll(async () => {
  const actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Filter Co" }))).id;
  await getDb().project.createMany({
    data: [
      { name: "starts tomorrow", startDate: day("2026-06-16"), endDate: day("2026-07-01") },
      { name: "starts today", startDate: day("2026-06-15"), endDate: day("2026-07-01") },
      { name: "ends today", startDate: day("2026-01-01"), endDate: day("2026-06-15") },
      { name: "ended yesterday", startDate: day("2026-01-01"), endDate: day("2026-06-14") },
      { name: "open-ended", startDate: day("2020-01-01"), endDate: null },
    ].map((row) => ({ ...row, customerId, currency: "USD" })),
  });
});

describe("listCustomerProjects", () => {
  it("filters by status in SQL exactly as each row's status reads, at the day edges", async () => {
    const names = async (status: (typeof PROJECT_STATUSES)[number]) => (await listCustomerProjects(customerId, { status, now })).map((p) => p.name).sort();
    expect(await names("upcoming")).toEqual(["starts tomorrow"]);
    expect(await names("active")).toEqual(["ends today", "open-ended", "starts today"]);
    expect(await names("past")).toEqual(["ended yesterday"]);
    for (const status of PROJECT_STATUSES) {
      for (const project of await listCustomerProjects(customerId, { status, now })) expect(projectStatus(project, now)).toBe(status);
    }
  });

  it("without a filter lists every project, newest start first (the later added first on a tie)", async () => {
    const all = await listCustomerProjects(customerId, { now });
    expect(all.map((p) => p.name)).toEqual(["starts tomorrow", "starts today", "ended yesterday", "ends today", "open-ended"]);
  });
});
