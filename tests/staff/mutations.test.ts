// Staff accounts on a real database: the last-admin rule, passwords, invitations, sessions.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { getStaffUserSession } from "@/lib/auth/staff";
import { acceptInvitation, changeOwnPassword, changeStaffRole, createStaffUser, deactivateStaffUser, resetStaffPassword } from "@/lib/staff/mutations";
import { passwordProblem } from "@/lib/staff/password-policy";

async function admin(email: string) {
  const user = await getDb().staffUser.create({ data: { email, name: email, role: "ADMIN", passwordHash: "x" } });
  return { user, actor: { id: user.id, label: user.email } };
}

describe("the last active admin", () => {
  it("cannot be demoted or deactivated, by themselves or another; with a second admin they can", async () => {
    await getDb().staffUser.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    const { user: only, actor } = await admin("only-admin@example.com");

    await expect(changeStaffRole(actor, only.id, "SUPPORT")).rejects.toThrow(/last active admin/);
    await expect(deactivateStaffUser(actor, only.id)).rejects.toThrow(/last active admin/);
    expect(await getDb().staffUser.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ role: "ADMIN", active: true });
    expect(await getDb().auditLog.count({ where: { entityType: "staff_user", entityId: String(only.id) } })).toBe(0);

    const { user: second } = await admin("second-admin@example.com");
    await changeStaffRole(actor, only.id, "FINANCE");
    await expect(deactivateStaffUser(actor, second.id)).rejects.toThrow(/last active admin/);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "staff_user", entityId: String(only.id) } });
    expect(audit).toMatchObject({ action: "staff_user.role_changed", actorId: only.id });
    expect(JSON.parse(audit.changes)).toEqual({ role: { before: "ADMIN", after: "FINANCE" } });
  });
});

describe("staff accounts", () => {
  it("adds a user with a one-time password they must change; a reset ends their sessions", async () => {
    const { actor } = await admin("adder@example.com");
    const created = await createStaffUser(actor, { name: "Fin Two", email: "fin2@example.com", role: "FINANCE", method: "password" });
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { id: created.id } });
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(created.oneTimePassword!, user.passwordHash)).toBe(true);
    await expect(createStaffUser(actor, { name: "Again", email: "fin2@example.com", role: "SUPPORT", method: "password" })).rejects.toThrow(/already exists/);

    await expect(changeOwnPassword(user.id, created.oneTimePassword!, "password1234")).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/common/)] } });
    await expect(changeOwnPassword(user.id, created.oneTimePassword!, "short")).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/12 characters/)] } });
    await expect(changeOwnPassword(user.id, "wrong", "a long new passphrase")).rejects.toMatchObject({ fieldErrors: { currentPassword: expect.any(Array) } });
    await changeOwnPassword(user.id, created.oneTimePassword!, "a long new passphrase");
    const changed = await getDb().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed).toMatchObject({ mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    expect(await getStaffUserSession(user.id, user.sessionVersion)).toBeNull();

    const { oneTimePassword } = await resetStaffPassword(actor, user.id);
    const reset = await getDb().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(reset.mustChangePassword).toBe(true);
    expect(await verifyPassword(oneTimePassword, reset.passwordHash)).toBe(true);
    expect(await getStaffUserSession(user.id, changed.sessionVersion)).toBeNull();
  });

  it("an invitation sets the password once, and only within 72 hours", async () => {
    const { actor } = await admin("inviter@example.com");
    const now = new Date("2026-03-01T12:00:00Z");
    const first = await createStaffUser(actor, { name: "Inv One", email: "inv1@example.com", role: "SUPPORT", method: "invitation" }, now);
    await expect(acceptInvitation(first.invitationToken!, "short", now)).rejects.toMatchObject({ fieldErrors: { newPassword: expect.any(Array) } });
    await acceptInvitation(first.invitationToken!, "my chosen passphrase", now);
    await expect(acceptInvitation(first.invitationToken!, "another passphrase!", now)).rejects.toThrow(/already been used/);
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { id: first.id } });
    expect(await verifyPassword("my chosen passphrase", user.passwordHash)).toBe(true);

    const late = await createStaffUser(actor, { name: "Inv Two", email: "inv2@example.com", role: "SUPPORT", method: "invitation" }, now);
    const after72h = new Date(now.getTime() + 72 * 60 * 60 * 1000 + 1);
    await expect(acceptInvitation(late.invitationToken!, "my chosen passphrase", after72h)).rejects.toThrow(/expired/);
    await expect(acceptInvitation("not-a-real-token-at-all", "my chosen passphrase", now)).rejects.toThrow(/expired/);
  });

  it("refuses common passwords and the user's own email in it", async () => {
    expect(passwordProblem("Password1234")).toMatch(/common/);
    expect(passwordProblem("demo-password")).toMatch(/common/);
    expect(passwordProblem("fran.finance-2026", "fran.finance@example.com")).toMatch(/email/);
    expect(passwordProblem("a long unusual passphrase")).toBeNull();
  });
});
