// Integration (decision 029): no lost updates on a real database. Two saves sent against one
// version give exactly one success and one conflict naming who changed what; the edit saves only
// the fields the user changed; the API answers 428/400/412 and writes nothing on a refusal.
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { GET, PATCH } from "@/app/api/v1/customers/[id]/route";
import { updateCustomerAction, updateCustomerNotesAction } from "@/lib/customers/actions";
import { bulkChangeCustomers } from "@/lib/customers/bulk/mutations";
import { customerFormValues } from "@/lib/customers/form-values";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { getCustomerOrThrow } from "@/lib/customers/queries";
import { customerInputSchema } from "@/lib/customers/schema";
import { getDb } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createImportJob, markImportStarted, saveImportMapping } from "@/lib/import/jobs";
import { executeImport } from "@/lib/import/run";
import { validateImportJob } from "@/lib/import/validate-job";
import { apiRequest, createToken, idParams } from "../api/helpers";
import { csv, enc } from "../import/fixtures";
import { createStaffActor } from "../helpers/factories";

let alice: AuditActor;
let bob: AuditActor;
let aliceName: string;
beforeAll(async () => {
  alice = await createStaffActor("ACCOUNT_MANAGER");
  bob = await createStaffActor("ACCOUNT_MANAGER");
  aliceName = (await getDb().staffUser.findUniqueOrThrow({ where: { id: alice.id! } })).name;
});

const stored = (id: number) => getDb().customer.findUniqueOrThrow({ where: { id } });
const auditCount = (id: number) => getDb().auditLog.count({ where: { customerId: id } });

/** The edit form as the browser posts it: every field, the version and values it loaded. */
async function editForm(id: number, edits: Record<string, string>) {
  const customer = await getCustomerOrThrow(id);
  const loaded = customerFormValues(customer);
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...loaded, ...edits })) data.append(key, value);
  data.append("id", String(id));
  data.append("version", String(customer.version));
  data.append("loaded", JSON.stringify(loaded));
  return data;
}

const redirected = (id: number) => expect.objectContaining({ digest: expect.stringContaining(`/customers/${id}`) });

describe("the edit form", () => {
  it("of two saves sent against one version, saves exactly one and refuses the other with who changed what", async () => {
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "Race Clinic", city: "Oslo" }));
    const aliceForm = await editForm(id, { city: "Bergen" });
    const bobForm = await editForm(id, { name: "Race Clinic AS" });

    session.uid = alice.id!;
    const aliceSave = updateCustomerAction(null, aliceForm);
    session.uid = bob.id!;
    const bobSave = updateCustomerAction(null, bobForm);
    const results = await Promise.allSettled([aliceSave, bobSave]);

    const succeeded = results.filter((r) => r.status === "rejected");
    const refused = results.filter((r) => r.status === "fulfilled");
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((succeeded[0] as PromiseRejectedResult).reason).toEqual(redirected(id));
    const conflict = (refused[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof updateCustomerAction>>>).value;
    expect(conflict).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(/^Changed by .+ at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/) });
    expect((await stored(id)).version).toBe(2);
    expect(await auditCount(id)).toBe(2); // created + the one save
  });

  it("refuses a stale save, lists the newer change, keeps the user's input and saves it on top when sent again", async () => {
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "Stale Clinic", city: "Oslo", notes: "old note" }));
    const staleForm = await editForm(id, { city: "Trondheim" });
    await updateCustomer(alice, id, { notes: "support's note" }, { version: 1 });

    session.uid = bob.id!;
    const audits = await auditCount(id);
    const state = await updateCustomerAction(null, staleForm);
    expect(state).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining(`Changed by ${aliceName} at `) });
    expect(state?.conflict?.changes).toEqual([{ field: "notes", before: "old note", after: "support's note" }]);
    // The user's change is kept; the field they did not touch shows the newer value.
    expect(state?.values).toMatchObject({ city: "Trondheim", notes: "support's note" });
    expect(state?.version).toBe(2);
    expect(await stored(id)).toMatchObject({ city: "Oslo", notes: "support's note", version: 2 });
    expect(await auditCount(id)).toBe(audits);

    // Saving again: the form now carries the newer version and values it came back with.
    const again = new FormData();
    for (const [key, value] of Object.entries(state!.values!)) again.append(key, value);
    again.append("id", String(id));
    again.append("version", String(state!.version));
    again.append("loaded", JSON.stringify(state!.loaded));
    await expect(updateCustomerAction(null, again)).rejects.toEqual(redirected(id));
    expect(await stored(id)).toMatchObject({ city: "Trondheim", notes: "support's note", version: 3 });
  });

  it("saves only the fields the user changed, so a field saved meanwhile is never reverted", async () => {
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "Partial Clinic", notes: "v1" }));
    const form = await editForm(id, { city: "Tromsø" });
    // Support saves the notes with its own form (opened at version 1 too), after the edit form opened.
    session.uid = alice.id!;
    const notes = new FormData();
    notes.append("id", String(id));
    notes.append("version", "1");
    notes.append("loaded", "v1");
    notes.append("notes", "v2 from support");
    await updateCustomerNotesAction(null, notes);
    expect((await stored(id)).version).toBe(2);

    session.uid = bob.id!;
    const state = await updateCustomerAction(null, form);
    // Stale: refused rather than written over, although notes were not in the user's changes.
    expect(state).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await stored(id)).notes).toBe("v2 from support");
  });

  it("refuses a post without a version with a message and writes nothing", async () => {
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "No Version" }));
    const form = await editForm(id, { city: "Bodø" });
    form.delete("version");
    session.uid = bob.id!;
    const state = await updateCustomerAction(null, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { version: [expect.stringContaining("Reload the page")] } });
    expect(await stored(id)).toMatchObject({ city: null, version: 1 });
  });
});

describe("bulk writes", () => {
  it("bump the version of every changed customer and record it on its audit row", async () => {
    const a = await createCustomer(alice, customerInputSchema.parse({ name: "Bulk A" }));
    const b = await createCustomer(alice, customerInputSchema.parse({ name: "Bulk B", status: "paying" }));
    await bulkChangeCustomers(alice, { kind: "ids", ids: [a.id, b.id] }, { kind: "status", status: "paying" });
    expect((await stored(a.id)).version).toBe(2);
    expect((await stored(b.id)).version).toBe(1); // already paying: not written
    const row = await getDb().auditLog.findFirstOrThrow({ where: { customerId: a.id, action: "customer.updated" } });
    expect(row.entityVersion).toBe(2);
    // A form loaded before the bulk change is refused, naming it.
    const state = await updateCustomer(bob, a.id, { city: "Oslo" }, { version: 1 }).catch((error: unknown) => error);
    expect(state).toMatchObject({ code: "CONFLICT", conflict: { changes: [{ field: "status", before: "trial", after: "paying" }] } });
  });
});

describe("import updates", () => {
  it("bump the version with the audit row, so an edit form opened before the import is refused", async () => {
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { id: alice.id! } });
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "Import Target", externalId: "EXT-VERSION-1" }));
    const staleForm = await editForm(id, { postalCode: "0150" });
    const job = await createImportJob(user.id, "v.csv", enc(csv([["Company", "External id", "City"], ["Import Target", "EXT-VERSION-1", "Hamar"]])));
    const sessionUser = { id: user.id, email: user.email, name: user.name, role: "ACCOUNT_MANAGER" as const };
    await saveImportMapping(sessionUser, job.id, { Company: "name", "External id": "externalId", City: "city" });
    await validateImportJob(job.id);
    await markImportStarted(sessionUser, job.id, { invalidRows: "valid", existingRows: "update" });
    await executeImport(job.id, alice);
    expect(await getDb().importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "done", updated: 1 });
    expect(await stored(id)).toMatchObject({ city: "Hamar", version: 2 });
    const row = await getDb().auditLog.findFirstOrThrow({ where: { customerId: id, action: "customer.updated" } });
    expect(row.entityVersion).toBe(2);

    session.uid = bob.id!;
    const state = await updateCustomerAction(null, staleForm);
    expect(state?.conflict?.changes).toEqual([{ field: "city", before: null, after: "Hamar" }]);
    expect(await stored(id)).toMatchObject({ postalCode: null, city: "Hamar" });
  });
});

describe("the API", () => {
  it("answers GET with the version as ETag and requires it in If-Match on PATCH", async () => {
    const { token } = await createToken("read_write");
    const { id } = await createCustomer(alice, customerInputSchema.parse({ name: "Api Clinic" }));
    const get = await GET(apiRequest(`/customers/${id}`, { token }), idParams(id));
    expect(get.headers.get("ETag")).toBe('"1"');

    const patch = (headers: Record<string, string>) =>
      PATCH(apiRequest(`/customers/${id}`, { token, method: "PATCH", body: { city: "Oslo" }, headers }), idParams(id));
    const audits = await auditCount(id);

    const missing = await patch({});
    expect(missing.status).toBe(428);
    expect((await missing.json()).error.code).toBe("precondition_required");
    for (const malformed of ["*", 'W/"1"', "1", '"1", "2"', '"0"', '"abc"']) {
      const response = await patch({ "If-Match": malformed });
      expect(response.status, malformed).toBe(400);
      expect((await response.json()).error.fieldErrors).toHaveProperty("If-Match");
    }
    expect(await auditCount(id)).toBe(audits);

    const ok = await patch({ "If-Match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ETag")).toBe('"2"');

    const stale = await PATCH(apiRequest(`/customers/${id}`, { token, method: "PATCH", body: { city: "Bergen" }, headers: { "If-Match": '"1"' } }), idParams(id));
    expect(stale.status).toBe(412);
    const body = await stale.json();
    expect(body.error).toMatchObject({ code: "precondition_failed", message: expect.stringMatching(/^Changed by .+ \(city\)/) });
    expect(await stored(id)).toMatchObject({ city: "Oslo", version: 2 });
  });
});
