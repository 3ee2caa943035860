// Integration: the column chooser's and the saved views' server actions as public endpoints on a
// real database. Only the session look-up is replaced; permissions, zod and the database are real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { getDb } from "@/lib/db/client";
import { createSavedViewAction, deleteSavedViewAction, saveListColumnsAction } from "@/lib/list-views/actions";
import { getListColumns, listSavedViews, savedViewHref } from "@/lib/list-views/queries";
import { DEFAULT_COLUMNS } from "@/lib/customers/list-columns";
import { parseCustomerListQuery } from "@/lib/customers/schema";
import { createStaffActor } from "../helpers/factories";

let managerId: number;
let financeId: number;

beforeAll(async () => {
  managerId = (await createStaffActor("ACCOUNT_MANAGER")).id!;
  financeId = (await createStaffActor("FINANCE")).id!;
});
beforeEach(() => {
  session.uid = undefined;
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const written = async () => ({
  preferences: await getDb().listPreference.count(),
  views: await getDb().savedListView.count(),
  audit: await getDb().auditLog.count(),
});
const messageOf = (result: { ok: boolean; error?: string; fieldErrors?: Record<string, string[] | undefined> }) =>
  [result.error, ...Object.values(result.fieldErrors ?? {}).flat()].join(" | ");

describe("the column chooser", () => {
  it("remembers a user's columns and order, audited, and leaves other users' as they were", async () => {
    session.uid = managerId;
    const before = await getDb().auditLog.count();
    const result = await saveListColumnsAction({ columns: ["name", "arr", "mrr", "risk", "status"] });
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await getListColumns(managerId, "customers")).toEqual(["name", "arr", "mrr", "risk", "status"]);
    expect(await getListColumns(financeId, "customers")).toEqual([...DEFAULT_COLUMNS]);

    const audit = await getDb().auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await getDb().auditLog.count()).toBe(before + 1);
    expect(audit).toMatchObject({ action: "list_preference.updated", actorId: managerId, entityType: "list_preference" });
    expect(JSON.parse(audit.changes).columns.to).toEqual(["name", "arr", "mrr", "risk", "status"]);

    // Saving again replaces the choice (one preference per user and list).
    expect((await saveListColumnsAction({ columns: ["risk", "name"] })).ok).toBe(true);
    expect(await getListColumns(managerId, "customers")).toEqual(["risk", "name"]);
    expect(await getDb().listPreference.count({ where: { staffUserId: managerId } })).toBe(1);
  });

  it("refuses unknown, repeated or missing columns with a message naming them, and writes nothing", async () => {
    session.uid = managerId;
    const before = await written();
    const cases: [unknown, RegExp][] = [
      [["name", "password"], /Unknown column "password"/],
      [["name", "arr", "arr"], /listed twice/],
      [["arr", "mrr"], /name column is always shown/],
      [[], /at least one column/],
      [42, /Choose the columns/],
    ];
    for (const [columns, message] of cases) {
      const result = await saveListColumnsAction({ columns } as { columns: string[] });
      expect(result.ok, JSON.stringify(columns)).toBe(false);
      expect(messageOf(result)).toMatch(message);
    }
    expect(await written()).toEqual(before);
  });

  it("is refused without a session", async () => {
    await expect(saveListColumnsAction({ columns: ["name"] })).rejects.toBeTruthy();
  });
});

describe("saved views", () => {
  it("saves a private view, lists it for its owner only, and applies its filter, sort and columns", async () => {
    session.uid = managerId;
    const before = await getDb().auditLog.count();
    const result = await createSavedViewAction(null, form({ name: "  Big at risk ", query: "?risk=critical,high&mrrMin=1000&sort=arr&page=3", columns: "name,arr,risk" }));
    expect(result?.ok).toBe(true);
    const [view] = (await listSavedViews(managerId, "customers")).filter((candidate) => candidate.name === "Big at risk");
    // Stored canonical: levels in order, no page, the sort's default direction left out.
    expect(view).toMatchObject({ query: "mrrMin=1000&risk=high,critical&sort=arr".replace(",", "%2C"), columns: ["name", "arr", "risk"], shared: false, own: true });
    expect((await listSavedViews(financeId, "customers")).some((candidate) => candidate.id === view.id)).toBe(false);

    const applied = parseCustomerListQuery(Object.fromEntries(new URL(savedViewHref(view), "http://x").searchParams));
    expect(applied).toMatchObject({ risk: ["high", "critical"], mrrMin: 100_000, sort: "arr", dir: "desc", cols: ["name", "arr", "risk"], page: 1 });

    const audit = await getDb().auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await getDb().auditLog.count()).toBe(before + 1);
    expect(audit).toMatchObject({ action: "saved_view.created", actorId: managerId, entityType: "saved_view", entityId: String(view.id) });
  });

  it("shares a view with everyone, who may apply it but not delete it", async () => {
    session.uid = managerId;
    const created = await createSavedViewAction(null, form({ name: "Shared ARR", query: "sort=arr", columns: "name,arr", shared: "on" }));
    if (!created?.ok) throw new Error(created?.error);
    const seen = (await listSavedViews(financeId, "customers")).find((view) => view.id === created.data.id);
    expect(seen).toMatchObject({ name: "Shared ARR", shared: true, own: false });

    session.uid = financeId;
    const before = await written();
    const refused = await deleteSavedViewAction({ id: created.data.id });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await written()).toEqual(before);

    session.uid = managerId;
    expect(await deleteSavedViewAction({ id: created.data.id })).toEqual({ ok: true, data: undefined });
    expect(await getDb().savedListView.findUnique({ where: { id: created.data.id } })).toBeNull();
    expect(await getDb().auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ action: "saved_view.deleted", entityId: String(created.data.id) });
  });

  it("refuses a crafted sort column, an unknown filter or column, a bad value or a duplicate name, and writes nothing", async () => {
    session.uid = managerId;
    const base = { name: "Crafted", query: "sort=arr", columns: "name,arr" };
    const existing = await createSavedViewAction(null, form({ ...base, name: "Taken" }));
    expect(existing?.ok).toBe(true);
    const before = await written();
    const cases: [Record<string, string>, RegExp][] = [
      [{ query: "sort=passwordHash" }, /Unknown sort column "passwordHash"/],
      [{ query: 'sort=name" DESC; DROP TABLE "Customer' }, /Unknown sort column/],
      [{ query: "sort=arr&dir=sideways" }, /asc or desc/],
      [{ query: "owner=1" }, /Unknown filter "owner"/],
      [{ query: "risk=high,extreme" }, /Risk levels are/],
      [{ query: "mrrMin=-5" }, /amount such as 1000/],
      [{ query: "updatedAfter=2026-02-30" }, /date that exists/],
      [{ query: "status=paying&status=trial" }, /given twice/],
      [{ columns: "name,secret" }, /Unknown column "secret"/],
      [{ name: "   " }, /name/],
      [{ name: "x".repeat(61) }, /at most 60/],
      [{ name: "Taken" }, /already have a view named/],
    ];
    for (const [change, message] of cases) {
      const result = await createSavedViewAction(null, form({ ...base, ...change }));
      expect(result?.ok, JSON.stringify(change)).toBe(false);
      expect(messageOf(result as { ok: false; error: string }), JSON.stringify(change)).toMatch(message);
    }
    expect(await written()).toEqual(before);
    expect(await deleteSavedViewAction({ id: "1; DROP" as unknown as number })).toMatchObject({ ok: false, code: "INVALID" });
  });
});
