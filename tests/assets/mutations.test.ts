// Integration: asset writes against a real SQLite database. A move between two customers'
// locations is recorded on both, in the same transaction as the move; bad input and crafted
// requests get a message at the field (or NOT_FOUND) and write nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, isPostgres } from "@/lib/db/client";
import { createAsset, updateAsset } from "@/lib/assets/mutations";
import { listAssetsAtCustomer, listAssetsOwnedBy } from "@/lib/assets/queries";
import { assetCreateSchema, assetUpdateSchema } from "@/lib/assets/schema";
import { createLocation, setLocationArchived } from "@/lib/locations/mutations";
import { locationInputSchema } from "@/lib/locations/schema";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
let alpha: number;
let beta: number;
let gamma: number;
let alphaSite: number;
let betaSite: number;

const customer = async (name: string) => (await createCustomer(actor, customerInputSchema.parse({ name }))).id;
const site = async (customerId: number, name: string) => (await createLocation(actor, customerId, locationInputSchema.parse({ name, status: "active" }))).id;
let serials = 0;
const newAsset = (values: { locationId: number; ownerCustomerId: number; serial?: string; status?: string }) =>
  assetCreateSchema.parse({
    serial: values.serial ?? `T-${Date.now()}-${++serials}`, model: "Voluson E8", type: "ultrasound_scanner", status: values.status ?? "in_service",
    locationId: String(values.locationId), ownerCustomerId: String(values.ownerCustomerId),
  });
const edit = (values: { locationId: number; ownerCustomerId: number; status?: string; model?: string }) =>
  assetUpdateSchema.parse({ model: values.model ?? "Voluson E8", type: "ultrasound_scanner", status: values.status ?? "in_service", locationId: String(values.locationId), ownerCustomerId: String(values.ownerCustomerId) });

async function auditRows(assetId: number) {
  return getDb().auditLog.findMany({ where: { entityType: "asset", entityId: String(assetId) }, orderBy: { id: "asc" } });
}
async function counts() {
  return { assets: await getDb().asset.count(), audits: await getDb().auditLog.count() };
}

beforeAll(async () => {
  actor = await createStaffActor();
  alpha = await customer("Alpha Clinic");
  beta = await customer("Beta Imaging");
  gamma = await customer("Gamma Health");
  alphaSite = await site(alpha, "Alpha main");
  betaSite = await site(beta, "Beta main");
});

describe("createAsset", () => {
  it("places another customer's asset at this customer's site: on location here, owned there, audited on both", async () => {
    const { asset } = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: beta }));
    expect((await listAssetsAtCustomer(alpha, 1)).rows.map((row) => row.id)).toContain(asset.id);
    const owned = (await listAssetsOwnedBy(beta, 1)).rows.find((row) => row.id === asset.id);
    expect(owned).toMatchObject({ owner: { id: beta, name: "Beta Imaging" }, location: { id: alphaSite, name: "Alpha main", customer: { id: alpha, name: "Alpha Clinic" } } });
    expect((await listAssetsOwnedBy(alpha, 1)).rows.map((row) => row.id)).not.toContain(asset.id);
    const rows = await auditRows(asset.id);
    expect(rows.map((row) => [row.action, row.customerId])).toEqual([["asset.created", alpha], ["asset.created", beta]]);
  });

  it("refuses a serial already taken, at the serial field, writing nothing", async () => {
    await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha, serial: "DUP-1" }));
    const before = await counts();
    const error = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha, serial: "DUP-1" })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { serial: ["Serial number DUP-1 is already taken by another asset."] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses an archived location, at the location field, writing nothing", async () => {
    const archived = await site(alpha, "Closed wing");
    await setLocationArchived(actor, alpha, archived, true);
    const before = await counts();
    const error = await createAsset(actor, alpha, newAsset({ locationId: archived, ownerCustomerId: alpha })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { locationId: [expect.stringContaining("“Closed wing” is archived")] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses, through one customer's page, an asset that would be neither at its sites nor its own", async () => {
    const before = await counts();
    const error = await createAsset(actor, gamma, newAsset({ locationId: alphaSite, ownerCustomerId: beta })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { locationId: [expect.any(String)] } });
    expect(await counts()).toEqual(before);
  });
});

describe("updateAsset", () => {
  it("moves an asset from one customer's site to another's with an audit row on each, naming both sites", async () => {
    const { asset } = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha }));
    const { customerIds } = await updateAsset(actor, alpha, asset.id, edit({ locationId: betaSite, ownerCustomerId: alpha }));
    expect(new Set(customerIds)).toEqual(new Set([alpha, beta]));
    const moved = (await auditRows(asset.id)).filter((row) => row.action === "asset.moved");
    expect(moved.map((row) => row.customerId).sort()).toEqual([alpha, beta].sort());
    for (const row of moved) {
      expect(JSON.parse(row.changes)).toMatchObject({ location: { before: "Alpha main (Alpha Clinic)", after: "Beta main (Beta Imaging)" } });
    }
    // Now owned by Alpha while standing at Beta's site: returned for repair, seen from Alpha.
    expect((await listAssetsAtCustomer(beta, 1)).rows.map((row) => row.id)).toContain(asset.id);
    expect((await listAssetsOwnedBy(alpha, 1)).rows.map((row) => row.id)).toContain(asset.id);
  });

  it("writes the move and both audit rows in one transaction: when the second row fails, nothing is kept", async () => {
    const { asset } = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha }));
    const before = await counts();
    // A trigger makes the audit row on the arriving customer fail, after the move and the first row.
    await refuseAuditRows(beta);
    try {
      await expect(updateAsset(actor, alpha, asset.id, edit({ locationId: betaSite, ownerCustomerId: alpha }))).rejects.toThrow(/auditLog\.create|audit refused/); // the trigger's abort, as each adapter reports it
    } finally {
      await allowAuditRows();
    }
    expect(await counts()).toEqual(before);
    expect((await getDb().asset.findUniqueOrThrow({ where: { id: asset.id } })).locationId).toBe(alphaSite);
    expect((await auditRows(asset.id)).map((row) => row.action)).toEqual(["asset.created"]);
  });

  it("records an owner change on the old and the new owner, and a status change on the customers concerned now", async () => {
    const { asset } = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha }));
    await updateAsset(actor, alpha, asset.id, edit({ locationId: alphaSite, ownerCustomerId: gamma, status: "in_repair" }));
    const rows = (await auditRows(asset.id)).slice(1).map((row) => [row.action, row.customerId, JSON.parse(row.changes)]);
    expect(rows).toEqual([
      ["asset.owner_changed", alpha, expect.objectContaining({ owner: { before: "Alpha Clinic", after: "Gamma Health" } })],
      ["asset.owner_changed", gamma, expect.objectContaining({ owner: { before: "Alpha Clinic", after: "Gamma Health" } })],
      ["asset.status_changed", alpha, expect.objectContaining({ status: { before: "In service", after: "In repair" } })],
      ["asset.status_changed", gamma, expect.objectContaining({ status: { before: "In service", after: "In repair" } })],
    ]);
  });

  it("refuses a move to an archived location, but still lets an asset already there change status", async () => {
    const closing = await site(alpha, "Closing soon");
    const { asset } = await createAsset(actor, alpha, newAsset({ locationId: closing, ownerCustomerId: alpha }));
    const { asset: other } = await createAsset(actor, alpha, newAsset({ locationId: alphaSite, ownerCustomerId: alpha }));
    await setLocationArchived(actor, alpha, closing, true);
    const before = await counts();
    await expect(updateAsset(actor, alpha, other.id, edit({ locationId: closing, ownerCustomerId: alpha }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { locationId: [expect.stringContaining("archived")] },
    });
    expect(await counts()).toEqual(before);
    await updateAsset(actor, alpha, asset.id, edit({ locationId: closing, ownerCustomerId: alpha, status: "retired" }));
    expect((await getDb().asset.findUniqueOrThrow({ where: { id: asset.id } })).status).toBe("retired");
  });

  it("refuses another customer's asset edited through this customer's URL, changing nothing", async () => {
    const { asset } = await createAsset(actor, beta, newAsset({ locationId: betaSite, ownerCustomerId: beta }));
    const before = await counts();
    await expect(updateAsset(actor, gamma, asset.id, edit({ locationId: betaSite, ownerCustomerId: gamma }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
    expect((await getDb().asset.findUniqueOrThrow({ where: { id: asset.id } })).ownerCustomerId).toBe(beta);
  });
});

/** A trigger that refuses the 'asset.moved' audit row of one customer, in each database's dialect. */
async function refuseAuditRows(customerId: number) {
  if (isPostgres()) {
    await getDb().$executeRawUnsafe(
      `CREATE FUNCTION fail_second_audit() RETURNS trigger AS $$ BEGIN IF NEW."action" = 'asset.moved' AND NEW."customerId" = ${customerId} THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await getDb().$executeRawUnsafe(`CREATE TRIGGER fail_second_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION fail_second_audit()`);
  } else {
    await getDb().$executeRawUnsafe(
      `CREATE TRIGGER fail_second_audit BEFORE INSERT ON "AuditLog" WHEN NEW."action" = 'asset.moved' AND NEW."customerId" = ${customerId} BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
  }
}

async function allowAuditRows() {
  if (isPostgres()) {
    await getDb().$executeRawUnsafe(`DROP TRIGGER fail_second_audit ON "AuditLog"`);
    await getDb().$executeRawUnsafe(`DROP FUNCTION fail_second_audit()`);
  } else {
    await getDb().$executeRawUnsafe(`DROP TRIGGER fail_second_audit`);
  }
}
