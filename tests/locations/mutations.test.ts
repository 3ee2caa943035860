// Integration: location writes against a real SQLite database, each with its audit row on the
// customer; a location never changes customer, and another customer's location is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createLocation, setLocationArchived, updateLocation } from "@/lib/locations/mutations";
import { getCustomerLocationOrThrow, listCustomerLocations } from "@/lib/locations/queries";
import { locationInputSchema } from "@/lib/locations/schema";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
let customerId: number;
let otherCustomerId: number;

beforeAll(async () => {
  actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Bayside Clinic" }))).id;
  otherCustomerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Other Practice" }))).id;
});

const input = (values: Record<string, string>) => locationInputSchema.parse({ status: "active", ...values });

async function counts() {
  return { locations: await getDb().location.count(), audits: await getDb().auditLog.count() };
}

describe("locationInputSchema", () => {
  it("refuses a location without a name, and a country that is not a code, each at its field", () => {
    const result = locationInputSchema.safeParse({ name: "   ", country: "Norway", status: "active" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
    expect(fields).toEqual({ name: "Enter the location's name", country: "Enter a two-letter country code, such as US or NO" });
  });
});

describe("createLocation", () => {
  it("adds the location to the customer and records it in the customer's audit log", async () => {
    const location = await createLocation(actor, customerId, input({ name: " Main clinic ", city: "Why", country: "us" }));
    expect(location).toMatchObject({ customerId, name: "Main clinic", city: "Why", country: "US", archivedAt: null });
    const [latest] = await listCustomerAuditLog(customerId);
    expect(latest).toMatchObject({ action: "location.created", actorLabel: actor.label });
    expect(latest.changes).toMatchObject({ name: { before: null, after: "Main clinic" }, status: { before: null, after: "Active" } });
    expect(await getDb().auditLog.findUniqueOrThrow({ where: { id: latest.id } })).toMatchObject({ entityType: "location", entityId: String(location.id) });
  });

  it("refuses a customer that does not exist, writing nothing", async () => {
    const before = await counts();
    await expect(createLocation(actor, 999_999, input({ name: "Ghost" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });
});

describe("updateLocation", () => {
  it("records exactly the changed fields", async () => {
    const location = await createLocation(actor, customerId, input({ name: "Annex", city: "Why" }));
    await updateLocation(actor, customerId, location.id, input({ name: "Annex", city: "Ajo", status: "inactive" }));
    const [latest] = await listCustomerAuditLog(customerId);
    expect(latest.action).toBe("location.updated");
    expect(latest.changes).toEqual({ city: { before: "Why", after: "Ajo" }, status: { before: "Active", after: "Inactive" } });
  });

  it("cannot move a location to another customer: through the other customer's id it is not found, and nothing changes", async () => {
    const location = await createLocation(actor, customerId, input({ name: "Stays here" }));
    const before = await counts();
    // A crafted request naming the other customer, as the form's hidden customerId would.
    await expect(updateLocation(actor, otherCustomerId, location.id, input({ name: "Taken over" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setLocationArchived(actor, otherCustomerId, location.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
    expect(await getDb().location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ customerId, name: "Stays here", archivedAt: null });
    await expect(getCustomerLocationOrThrow(otherCustomerId, location.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("ignores a customerId smuggled into the input: the location keeps its customer", async () => {
    const location = await createLocation(actor, customerId, input({ name: "Smuggle test" }));
    const parsed = locationInputSchema.parse({ name: "Smuggle test 2", status: "active", customerId: String(otherCustomerId) });
    await updateLocation(actor, customerId, location.id, parsed);
    expect(await getDb().location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ customerId, name: "Smuggle test 2" });
  });
});

describe("setLocationArchived", () => {
  it("hides an archived location unless asked, counts it, and unarchives it, with an audit row each time", async () => {
    const location = await createLocation(actor, customerId, input({ name: "Old site" }));
    await setLocationArchived(actor, customerId, location.id, true);
    const hidden = await listCustomerLocations(customerId, { includeArchived: false });
    expect(hidden.rows.map((row) => row.id)).not.toContain(location.id);
    expect(hidden.archivedCount).toBe(1);
    const shown = await listCustomerLocations(customerId, { includeArchived: true });
    expect(shown.rows.find((row) => row.id === location.id)?.archivedAt).toBeInstanceOf(Date);
    expect((await listCustomerAuditLog(customerId))[0].action).toBe("location.archived");

    const before = await counts();
    await setLocationArchived(actor, customerId, location.id, true); // already archived: nothing to record
    expect(await counts()).toEqual(before);

    await setLocationArchived(actor, customerId, location.id, false);
    expect((await listCustomerAuditLog(customerId))[0].action).toBe("location.unarchived");
    expect((await listCustomerLocations(customerId, { includeArchived: false })).rows.map((row) => row.id)).toContain(location.id);
  });
});
