// Integration (decision 035): the support-notes form and the customer Settings tab are versioned
// like the edit form. They send the version and values they loaded and only the changed fields;
// a stale save is refused with "Changed by NAME at TIME" and what changed, the typed input kept and
// nothing written; a save that changes nothing (here and on the record tabs) keeps the version
// and writes no audit row.
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { updateCustomerNotesAction } from "@/lib/customers/actions";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { saveCustomerSettingsAction } from "@/lib/customer-settings/actions";
import { getCustomerSettings, getCustomerSettingsVersion } from "@/lib/customer-settings/queries";
import { createSubscription, updateSubscription, endSubscription } from "@/lib/subscriptions/mutations";
import { subscriptionInputSchema } from "@/lib/subscriptions/schema";
import { createCustomerUser, updateCustomerUser } from "@/lib/customer-users/mutations";
import { getDb } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";
import { formOf } from "../helpers/action-calls";

let support: AuditActor;
let manager: AuditActor;
let managerName: string;
beforeAll(async () => {
  support = await createStaffActor("SUPPORT");
  manager = await createStaffActor("ACCOUNT_MANAGER");
  managerName = (await getDb().staffUser.findUniqueOrThrow({ where: { id: manager.id! } })).name;
});

const auditRows = (entityType: string, entityId: number) => getDb().auditLog.count({ where: { entityType, entityId: String(entityId) } });
const stored = (id: number) => getDb().customer.findUniqueOrThrow({ where: { id } });

describe("the support-notes form", () => {
  /** The notes form as the browser posts it, opened on the customer as it is now. */
  async function notesForm(id: number, notes: string) {
    const customer = await stored(id);
    return formOf({ id, version: customer.version, loaded: customer.notes ?? "", notes });
  }

  it("refuses a save against a newer version with who changed what, keeps the typed notes, writes nothing; saving again applies them", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Notes Race", notes: "v1" }));
    const form = await notesForm(id, "support's v2");
    await updateCustomer(manager, id, customerInputSchema.partial().parse({ notes: "manager's v2", city: "Oslo" }));
    const rowsBefore = await auditRows("customer", id);

    session.uid = support.id!;
    const state = await updateCustomerNotesAction(null, form);
    expect(state).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringMatching(new RegExp(`^Changed by ${managerName} at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`)),
      values: { notes: "support's v2" },
      loaded: { notes: "manager's v2" },
      version: 2,
    });
    expect(state!.ok === false && state!.conflict!.changes).toEqual(
      expect.arrayContaining([{ field: "notes", before: "v1", after: "manager's v2" }, { field: "city", before: null, after: "Oslo" }]),
    );
    expect(await stored(id)).toMatchObject({ notes: "manager's v2", version: 2 });
    expect(await auditRows("customer", id)).toBe(rowsBefore);

    // The form now edits from version 2 with the user's notes still typed: saving applies them.
    const again = formOf({ id, version: 2, loaded: "manager's v2", notes: "support's v2" });
    expect(await updateCustomerNotesAction(null, again)).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ notes: "support's v2", city: "Oslo", version: 3 });
  });

  it("writes nothing for unchanged notes: same version, no audit row", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Notes Same", notes: "same" }));
    const rowsBefore = await auditRows("customer", id);
    session.uid = support.id!;
    expect(await updateCustomerNotesAction(null, await notesForm(id, "same"))).toMatchObject({ ok: true });
    expect((await stored(id)).version).toBe(1);
    expect(await auditRows("customer", id)).toBe(rowsBefore);
  });

  it("refuses a post without a version with a message and writes nothing", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Notes No Version" }));
    session.uid = support.id!;
    const state = await updateCustomerNotesAction(null, formOf({ id, notes: "sneaky" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { version: [expect.stringContaining("Reload the page")] }, values: { notes: "sneaky" } });
    expect(await stored(id)).toMatchObject({ notes: null, version: 1 });
  });
});

describe("the Settings tab", () => {
  /** The Settings form as the browser posts it: every field, plus the version and values it loaded. */
  async function settingsForm(customerId: number, edits: Record<string, string>) {
    const version = await getCustomerSettingsVersion(customerId);
    const settings = await getCustomerSettings(customerId);
    const loaded = { ...settings, paymentTermsDays: String(settings.paymentTermsDays) };
    return formOf({ customerId, version, loaded: JSON.stringify(loaded), ...loaded, ...edits });
  }

  it("saves only the changed field, and refuses a form opened before another save with who changed what, keeping the input", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Settings Race" }));
    session.uid = manager.id!;
    const first = await settingsForm(id, { currency: "NOK" });
    const second = await settingsForm(id, { paymentTermsDays: "14" });
    expect(await saveCustomerSettingsAction(null, first)).toMatchObject({ ok: true });
    expect(await getCustomerSettingsVersion(id)).toBe(2);
    const rows = await auditRows("customer_settings", id);

    const state = await saveCustomerSettingsAction(null, second);
    expect(state).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringMatching(new RegExp(`^Changed by ${managerName} at .*Currency: USD → NOK`)),
      values: { paymentTermsDays: "14", currency: "USD" },
    });
    expect(await getCustomerSettings(id)).toMatchObject({ currency: "NOK", paymentTermsDays: 30 });
    expect(await auditRows("customer_settings", id)).toBe(rows);

    // Reloaded, the same change saves, and only it: the currency saved meanwhile stays.
    expect(await saveCustomerSettingsAction(null, await settingsForm(id, { paymentTermsDays: "14" }))).toMatchObject({ ok: true });
    expect(await getCustomerSettings(id)).toMatchObject({ currency: "NOK", paymentTermsDays: 14 });
    expect(await getCustomerSettingsVersion(id)).toBe(3);
  });

  it("never reverts a field it did not change, even when the form's copy of it is old", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Settings Partial" }));
    session.uid = manager.id!;
    expect(await saveCustomerSettingsAction(null, await settingsForm(id, { invoiceLanguage: "nb" }))).toMatchObject({ ok: true });
    // A form whose loaded values are stale but whose version is current (loaded in between): the
    // untouched currency field posts "USD" as loaded, so it is not written.
    const form = await settingsForm(id, { defaultDataRetention: "7y" });
    await getDb().customerSettings.update({ where: { customerId: id }, data: { currency: "EUR" } });
    expect(await saveCustomerSettingsAction(null, form)).toMatchObject({ ok: true });
    expect(await getCustomerSettings(id)).toMatchObject({ invoiceLanguage: "nb", currency: "EUR", defaultDataRetention: "7y" });
  });

  it("writes nothing for a save that changes nothing: same version, no audit row", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Settings Same" }));
    session.uid = manager.id!;
    expect(await saveCustomerSettingsAction(null, await settingsForm(id, {}))).toMatchObject({ ok: true });
    expect(await getDb().customerSettings.count({ where: { customerId: id } })).toBe(0);
    expect(await saveCustomerSettingsAction(null, await settingsForm(id, { currency: "EUR" }))).toMatchObject({ ok: true });
    const rows = await auditRows("customer_settings", id);
    expect(await saveCustomerSettingsAction(null, await settingsForm(id, {}))).toMatchObject({ ok: true });
    expect(await getCustomerSettingsVersion(id)).toBe(2);
    expect(await auditRows("customer_settings", id)).toBe(rows);
  });

  it("refuses a post without a version and writes nothing", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Settings No Version" }));
    session.uid = manager.id!;
    const form = await settingsForm(id, { currency: "EUR" });
    form.delete("version");
    expect(await saveCustomerSettingsAction(null, form)).toMatchObject({ ok: false, fieldErrors: { version: [expect.any(String)] } });
    expect(await getDb().customerSettings.count({ where: { customerId: id } })).toBe(0);
  });
});

describe("record tabs: a save that changes nothing", () => {
  it("keeps a subscription's and a customer user's version and writes no audit row", async () => {
    const { id } = await createCustomer(manager, customerInputSchema.parse({ name: "Tabs Same" }));
    const input = subscriptionInputSchema.parse({ product: "PACS", quantity: "2", unitPrice: "10.00", currency: "USD", billingPeriod: "monthly", startDate: "2025-01-01", endDate: "2025-12-31" });
    const line = await createSubscription(manager, id, input);
    const lineRows = await auditRows("subscription", line.id);
    await updateSubscription(manager, id, line.id, input, { version: 1 });
    await endSubscription(manager, id, line.id, new Date("2025-12-31T00:00:00Z"), { version: 1 });
    expect((await getDb().subscription.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(1);
    expect(await auditRows("subscription", line.id)).toBe(lineRows);
    // A real change still bumps it and is audited with its version.
    await updateSubscription(manager, id, line.id, { ...input, quantity: 3 }, { version: 1 });
    expect((await getDb().subscription.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(2);
    expect(await auditRows("subscription", line.id)).toBe(lineRows + 1);

    const user = await createCustomerUser(manager, id, { name: "Ann", email: "ann@example.com", role: "owner" });
    const userRows = await auditRows("customer_user", user.id);
    await updateCustomerUser(manager, id, user.id, { name: "Ann", email: "ann@example.com", role: "owner" }, { version: 1 });
    expect((await getDb().customerUser.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(1);
    expect(await auditRows("customer_user", user.id)).toBe(userRows);
    // Stale and unchanged is still refused: the form shows someone else's change.
    await updateCustomerUser(manager, id, user.id, { name: "Ann B", email: "ann@example.com", role: "owner" }, { version: 1 });
    await expect(updateCustomerUser(manager, id, user.id, { name: "Ann B", email: "ann@example.com", role: "owner" }, { version: 1 })).rejects.toThrow(/Changed by .*Ann → Ann B/);
  });
});
