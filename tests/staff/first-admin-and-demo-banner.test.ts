// Issue 14 item 2 on a real database: `npm run staff:create-admin` creates the first admin of a
// production database (a one-time password when no terminal asks for one), and the demo banner's
// condition holds only while an active user can still sign in with the demo password.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { changeOwnPassword, deactivateStaffUser, resetStaffPassword } from "@/lib/staff/mutations";
import { demoPasswordsInUse } from "@/lib/staff/queries";

const run = promisify(execFile);

/** The npm script's command, on this test file's own database, without a terminal. */
function createAdmin(...args: string[]) {
  return run("npx", ["tsx", "scripts/create-admin.ts", ...args], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, timeout: 120_000 });
}

describe("npm run staff:create-admin", () => {
  it("creates an admin with a one-time password shown once, who can sign in and must change it; a second run refuses", async () => {
    const { stdout } = await createAdmin("--email", "Ops@Example.com", "--name", "Ops Admin");
    const password = /One-time password \(shown once; must be changed at first sign-in\): (\S+)/.exec(stdout)?.[1];
    expect(password).toEqual(expect.any(String));
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(user).toMatchObject({ name: "Ops Admin", role: "ADMIN", active: true, mustChangePassword: true, demoPassword: false });
    expect(await getDb().auditLog.count({ where: { action: "staff_user.created", entityId: String(user.id), actorLabel: "staff:create-admin" } })).toBe(1);
    expect(await attemptSignIn({ email: "ops@example.com", password }, "10.1.2.3")).toMatchObject({ outcome: "success" });

    await expect(createAdmin("--email", "ops@example.com")).rejects.toMatchObject({ stderr: expect.stringContaining("ops@example.com already exists") });
    await expect(createAdmin("--email", "not-an-email")).rejects.toMatchObject({ stderr: expect.stringContaining("Give the admin's email") });
    expect(await getDb().staffUser.count({ where: { role: "ADMIN" } })).toBe(1);
  }, 300_000);
});

describe("the demo banner's condition", () => {
  it("holds while an active demo-password user remains, and ends once each changed, was reset or was deactivated", async () => {
    expect(await demoPasswordsInUse()).toBe(false);
    const passwordHash = await hashPassword("demo-password");
    const make = (email: string, role: string) => getDb().staffUser.create({ data: { email, name: email, role, passwordHash, demoPassword: true } });
    const admin = await make("demo-admin@example.com", "ADMIN");
    const support = await make("demo-support@example.com", "SUPPORT");
    const finance = await make("demo-finance@example.com", "FINANCE");
    const actor = { id: admin.id, label: admin.email };
    expect(await demoPasswordsInUse()).toBe(true);

    await changeOwnPassword(support.id, "demo-password", "a long and uncommon passphrase");
    expect(await demoPasswordsInUse()).toBe(true);
    await resetStaffPassword(actor, finance.id);
    expect(await demoPasswordsInUse()).toBe(true);
    // The admin's own demo password is the last one: deactivating is not allowed (last admin), changing it is.
    await changeOwnPassword(admin.id, "demo-password", "another long uncommon passphrase");
    expect(await demoPasswordsInUse()).toBe(false);

    const extra = await make("demo-extra@example.com", "SUPPORT");
    expect(await demoPasswordsInUse()).toBe(true);
    await deactivateStaffUser(actor, extra.id);
    expect(await demoPasswordsInUse()).toBe(false);
  }, 120_000);
});
