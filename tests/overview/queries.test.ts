// Integration: the overview's figures from a real database, including the two cross cases of
// seed 001: an asset at this customer's site owned by another customer, and one this customer
// owns standing at another customer's site.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { getCustomerOverview } from "@/lib/overview/queries";
import { createStaffActor } from "../helpers/factories";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date("2026-06-15T12:00:00Z");
let us: number;
let them: number;

beforeAll(async () => {
  const actor = await createStaffActor();
  us = (await createCustomer(actor, customerInputSchema.parse({ name: "Overview Us" }))).id;
  them = (await createCustomer(actor, customerInputSchema.parse({ name: "Overview Them" }))).id;
  const db = getDb();
  const oslo = await db.location.create({ data: { customerId: us, name: "Oslo", country: "NO" } });
  const bergen = await db.location.create({ data: { customerId: us, name: "Bergen", country: "NO", status: "inactive" } });
  await db.location.create({ data: { customerId: us, name: "Austin", country: "US" } });
  const theirSite = await db.location.create({ data: { customerId: them, name: "Their lab", country: "SE" } });
  let serial = 0;
  const asset = (ownerCustomerId: number, locationId: number | null, type: string, status = "in_service") =>
    db.asset.create({ data: { serial: `OV-${++serial}`, model: "M", type, status, ownerCustomerId, locationId } });
  await asset(us, oslo.id, "ultrasound");
  await asset(us, oslo.id, "ultrasound", "in_repair");
  await asset(them, bergen.id, "workstation"); // at our site, owned by them (hardware as a service)
  await asset(us, theirSite.id, "ultrasound", "in_repair"); // ours, at their site (out for repair)
  await asset(us, null, "printer", "retired"); // ours, nowhere
  await asset(them, theirSite.id, "printer"); // neither ours nor at our sites
  await db.project.createMany({
    data: [
      { customerId: us, name: "A", startDate: day("2026-01-01"), endDate: day("2026-03-01"), billedMinor: 100_00, paidMinor: 100_00, currency: "USD" },
      { customerId: us, name: "B", startDate: day("2026-06-01"), endDate: null, billedMinor: 50_00, paidMinor: 10_00, currency: "NOK" },
      { customerId: us, name: "C", startDate: day("2026-07-01"), endDate: null, billedMinor: 0, paidMinor: 0, currency: "USD" },
      { customerId: them, name: "Not ours", startDate: day("2026-01-01"), endDate: null, billedMinor: 999_00, paidMinor: 0, currency: "USD" },
    ],
  });
});

describe("getCustomerOverview", () => {
  it("counts the customer's projects and bills them per currency", async () => {
    const { projects } = await getCustomerOverview(us, now);
    expect(projects.counts).toEqual({ past: 1, active: 1, upcoming: 1 });
    expect(projects.billing).toEqual([
      { currency: "USD", projects: 2, billedMinor: 100_00n, paidMinor: 100_00n, unpaidMinor: 0n },
      { currency: "NOK", projects: 1, billedMinor: 50_00n, paidMinor: 10_00n, unpaidMinor: 40_00n },
    ]);
  });

  it("assets on location are those at the customer's sites whoever owns them; owned are its own wherever they stand", async () => {
    const overview = await getCustomerOverview(us, now);
    expect(overview.assetsOnLocation.total).toBe(3);
    expect(overview.assetsOnLocation.byType).toEqual([{ key: "ultrasound", count: 2 }, { key: "workstation", count: 1 }]);
    expect(overview.assetsOwned.total).toBe(4);
    expect(overview.assetsOwned.byStatus).toEqual([
      { key: "in_service", count: 1 },
      { key: "in_repair", count: 2 },
      { key: "retired", count: 1 },
    ]);
    const theirs = await getCustomerOverview(them, now);
    expect(theirs.assetsOwned.total).toBe(2);
    expect(theirs.assetsOnLocation.total).toBe(2); // our asset in repair at their lab, and their printer
  });

  it("sites by country and by status; MRR and ARR are not invented", async () => {
    const overview = await getCustomerOverview(us, now);
    expect(overview.sites.total).toBe(3);
    expect(overview.sites.byCountry).toEqual([{ key: "NO", count: 2 }, { key: "US", count: 1 }]);
    expect(overview.sites.byStatus).toEqual([{ key: "active", count: 2 }, { key: "inactive", count: 1 }]);
    expect(overview.recurring).toBeNull();
  });
});
