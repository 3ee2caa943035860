// Integration: the console's token actions, with the session mocked at next-auth's boundary so
// the real permission check (lib/auth/session.ts) runs against real users.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaffActor } from "../helpers/factories";

const session = vi.hoisted(() => {
  // What next.config.mjs's experimental.authInterrupts sets in the app, so forbidden() throws 403.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: null as number | null };
});
// sv: the session version a fresh user has (decision 017).
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
// revalidatePath needs a Next request; here it only has to be callable.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createApiTokenAction, revokeApiTokenAction } = await import("@/lib/api-tokens/actions");

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** Next's forbidden() throws an error whose digest names the 403. */
function isForbidden(error: unknown) {
  return String((error as { digest?: string }).digest ?? "").includes("403");
}

beforeEach(() => {
  session.uid = null;
});

describe("createApiTokenAction", () => {
  it("lets an admin create a token, returned once and stored only as a hash", async () => {
    const admin = await createStaffActor("ADMIN");
    session.uid = admin.id;
    const result = await createApiTokenAction(null, form({ name: "ERP", scope: "read" }));
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.data.token).toMatch(/^cc_/);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ name: "ERP", scope: "read", createdById: admin.id, revokedAt: null });
    expect(row.tokenHash).not.toContain(result.data.token);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "api_token.created", entityId: String(row.id) } });
    expect(audit.actorLabel).toBe(admin.label);
  });

  it("answers field errors for a missing name or an unknown scope", async () => {
    session.uid = (await createStaffActor("ADMIN")).id;
    const result = await createApiTokenAction(null, form({ name: " ", scope: "admin" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result?.ok !== false) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["name", "scope"]);
  });

  it.each(["ACCOUNT_MANAGER", "SUPPORT", "FINANCE"])("refuses %s with 403 and creates nothing", async (role) => {
    session.uid = (await createStaffActor(role)).id;
    const before = await getDb().apiToken.count();
    const error = await createApiTokenAction(null, form({ name: "Sneaky", scope: "read_write" })).catch((e: unknown) => e);
    expect(isForbidden(error)).toBe(true);
    expect(await getDb().apiToken.count()).toBe(before);
  });
});

describe("revokeApiTokenAction", () => {
  it("lets an admin revoke a token once, with its audit row", async () => {
    const admin = await createStaffActor("ADMIN");
    session.uid = admin.id;
    const created = await createApiTokenAction(null, form({ name: "Old", scope: "read" }));
    if (!created?.ok) throw new Error("setup failed");

    const result = await revokeApiTokenAction(null, form({ id: String(created.data.id) }));
    expect(result).toEqual({ ok: true, data: { id: created.data.id } });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt).toBeInstanceOf(Date);
    expect(await getDb().auditLog.count({ where: { action: "api_token.revoked", entityId: String(created.data.id) } })).toBe(1);

    const again = await revokeApiTokenAction(null, form({ id: String(created.data.id) }));
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a non-admin and leaves the token active", async () => {
    session.uid = (await createStaffActor("ADMIN")).id;
    const created = await createApiTokenAction(null, form({ name: "Keep", scope: "read" }));
    if (!created?.ok) throw new Error("setup failed");

    session.uid = (await createStaffActor("ACCOUNT_MANAGER")).id;
    const error = await revokeApiTokenAction(null, form({ id: String(created.data.id) })).catch((e: unknown) => e);
    expect(isForbidden(error)).toBe(true);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt).toBeNull();
  });

  it("sends a signed-out caller to sign in", async () => {
    const error = await revokeApiTokenAction(null, form({ id: "1" })).catch((e: unknown) => e);
    expect(String((error as { digest?: string }).digest)).toContain("/signin");
  });
});
