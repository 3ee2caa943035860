// Integration: the location and asset actions with the session mocked at next-auth's boundary,
// so the real permission check runs: support and finance are refused with 403 and nothing is
// written; an account manager's bad input comes back as messages at the fields.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createLocation } from "@/lib/locations/mutations";
import { locationInputSchema } from "@/lib/locations/schema";
import { createStaffActor } from "../helpers/factories";

const session = vi.hoisted(() => {
  // What next.config.mjs's experimental.authInterrupts sets in the app, so forbidden() throws 403.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: null as number | null };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createAssetAction } = await import("@/lib/assets/actions");
const { createLocationAction, setLocationArchivedAction, updateLocationAction } = await import("@/lib/locations/actions");

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
const digestOf = (error: unknown) => String((error as { digest?: string }).digest ?? "");

let customerId: number;
let locationId: number;
const counts = async () => ({ locations: await getDb().location.count(), assets: await getDb().asset.count(), audits: await getDb().auditLog.count() });

beforeAll(async () => {
  const actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Action Clinic" }))).id;
  locationId = (await createLocation(actor, customerId, locationInputSchema.parse({ name: "Action site", status: "active" }))).id;
});
beforeEach(() => {
  session.uid = null;
});

const assetForm = (serial: string) =>
  form({ customerId: String(customerId), view: "assets", serial, model: "EPIQ 7", type: "ultrasound_scanner", status: "in_service", locationId: String(locationId), ownerCustomerId: String(customerId) });

describe.each(["SUPPORT", "FINANCE"])("%s", (role) => {
  it("is refused with 403 on every location and asset write, and nothing is written", async () => {
    session.uid = (await createStaffActor(role)).id;
    const before = await counts();
    // One at a time: a refusal must be caught as it happens, not after an earlier attempt settles.
    const attempts = [
      () => createAssetAction(null, assetForm(`SUP-${role}`)),
      () => createLocationAction(null, form({ customerId: String(customerId), name: "Sneaky", status: "active" })),
      () => setLocationArchivedAction(null, form({ customerId: String(customerId), locationId: String(locationId), archived: "true" })),
    ];
    for (const attempt of attempts) expect(digestOf(await attempt().catch((e: unknown) => e))).toContain("403");
    expect(await counts()).toEqual(before);
  });
});

describe("account manager", () => {
  it("gets the taken serial and a missing location as messages at their fields, with nothing written", async () => {
    session.uid = (await createStaffActor("ACCOUNT_MANAGER")).id;
    await createAssetAction(null, assetForm("ACT-1")).catch(() => undefined); // redirects on success
    expect(await getDb().asset.count({ where: { serial: "ACT-1" } })).toBe(1);
    const before = await counts();
    const taken = await createAssetAction(null, assetForm("ACT-1"));
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { serial: ["Serial number ACT-1 is already taken by another asset."] } });
    const noLocation = await createAssetAction(null, form({ customerId: String(customerId), serial: "ACT-2", model: "X", type: "probe", status: "in_service", locationId: "", ownerCustomerId: String(customerId) }));
    expect(noLocation).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { locationId: ["Choose the location where the asset stands"] } });
    const noName = await createLocationAction(null, form({ customerId: String(customerId), name: " ", status: "active" }));
    expect(noName).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: ["Enter the location's name"] } });
    expect(await counts()).toEqual(before);
  });

  it("is refused with 403 when it edits a location through another customer's id, and nothing changes", async () => {
    const actor = await createStaffActor("ACCOUNT_MANAGER");
    session.uid = actor.id;
    const other = (await createCustomer(actor, customerInputSchema.parse({ name: "Other Clinic" }))).id;
    const before = await counts();
    const error = await updateLocationAction(null, form({ customerId: String(other), locationId: String(locationId), name: "Taken over", status: "active" })).catch((e: unknown) => e);
    expect(digestOf(error)).toContain("403");
    expect(await counts()).toEqual(before);
    expect(await getDb().location.findUniqueOrThrow({ where: { id: locationId } })).toMatchObject({ customerId, name: "Action site" });
  });
});
