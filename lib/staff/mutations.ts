// Staff account writes, each one transaction with its audit row (entityType "staff_user"). The
// last active admin can be neither demoted nor deactivated, checked inside the transaction.
import { AppError } from "../app-error";
import type { AuditActor } from "../audit/write-audit-log";
import { writeAuditLog } from "../audit/write-audit-log";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { getDb, type Tx } from "../db/client";
import { passwordProblem } from "./password-policy";
import type { StaffCreateInput } from "./schema";
import { generateInvitationToken, generateOneTimePassword, hashInvitationToken, INVITATION_VALID_MS } from "./secrets";

const audit = (tx: Tx, actor: AuditActor, event: Parameters<typeof writeAuditLog>[1]["event"], id: number, changes: Record<string, unknown>) =>
  writeAuditLog(tx, { event, actor, entityType: "staff_user", entityId: id, changes });

async function getStaffOrThrow(tx: Tx, id: number) {
  const user = await tx.staffUser.findUnique({ where: { id } });
  if (!user) throw new AppError("NOT_FOUND", "This staff user does not exist.");
  return user;
}

/** Refuses when `user` is the only active admin and the change would leave none. */
async function assertNotLastAdmin(tx: Tx, user: { id: number; role: string; active: boolean }, what: string) {
  if (user.role !== "ADMIN" || !user.active) return;
  const others = await tx.staffUser.count({ where: { role: "ADMIN", active: true, id: { not: user.id } } });
  if (others === 0) throw new AppError("CONFLICT", `${what}: this is the last active admin. Make another user an admin first.`);
}

export type CreatedStaff = { id: number; email: string; oneTimePassword?: string; invitationToken?: string; expiresAt?: Date };

export async function createStaffUser(actor: AuditActor, input: StaffCreateInput, now = new Date()): Promise<CreatedStaff> {
  const secret = input.method === "password" ? generateOneTimePassword() : generateInvitationToken();
  // An invited user has no usable password until they accept: the hash is of a random secret.
  const passwordHash = await hashPassword(input.method === "password" ? secret : generateInvitationToken());
  return getDb().$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email: input.email } })) {
      throw new AppError("INVALID", "A staff user with this email already exists.", { email: ["A staff user with this email already exists."] });
    }
    const user = await tx.staffUser.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: input.method === "password" },
    });
    let expiresAt: Date | undefined;
    if (input.method === "invitation") {
      expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
      await tx.staffInvitation.create({ data: { staffUserId: user.id, tokenHash: hashInvitationToken(secret), expiresAt } });
    }
    await audit(tx, actor, "staff_user.created", user.id, { email: { before: null, after: user.email }, role: { before: null, after: user.role }, method: input.method });
    return input.method === "password"
      ? { id: user.id, email: user.email, oneTimePassword: secret }
      : { id: user.id, email: user.email, invitationToken: secret, expiresAt };
  });
}

export async function changeStaffRole(actor: AuditActor, id: number, role: Role): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const user = await getStaffOrThrow(tx, id);
    if (user.role === role) return;
    if (role !== "ADMIN") await assertNotLastAdmin(tx, user, "Cannot change the role");
    await tx.staffUser.update({ where: { id }, data: { role } });
    await audit(tx, actor, "staff_user.role_changed", id, { role: { before: user.role, after: role } });
  });
}

/** Deactivated: cannot sign in, and every session ends at its next request. */
export async function deactivateStaffUser(actor: AuditActor, id: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const user = await getStaffOrThrow(tx, id);
    if (!user.active) return;
    await assertNotLastAdmin(tx, user, "Cannot deactivate");
    await tx.staffUser.update({ where: { id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await audit(tx, actor, "staff_user.deactivated", id, { active: { before: true, after: false } });
  });
}

/** A new one-time password, to be changed at the next sign-in; every session of the user ends. */
export async function resetStaffPassword(actor: AuditActor, id: number): Promise<{ oneTimePassword: string }> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await getDb().$transaction(async (tx) => {
    const user = await getStaffOrThrow(tx, id);
    if (!user.active) throw new AppError("CONFLICT", "This user is deactivated.");
    await tx.staffUser.update({ where: { id }, data: { passwordHash, mustChangePassword: true, demoPassword: false, sessionVersion: { increment: 1 } } });
    await audit(tx, actor, "staff_user.password_reset", id, {});
  });
  return { oneTimePassword };
}

const fieldError = (field: string, message: string) => new AppError("INVALID", "Please correct the highlighted fields.", { [field]: [message] });

/** The user's own change: the current password is required; every session ends (the form signs
 * the user in again with the new one). */
export async function changeOwnPassword(userId: number, currentPassword: string, newPassword: string): Promise<void> {
  const user = await getDb().staffUser.findUnique({ where: { id: userId } });
  if (!user || !user.active) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw fieldError("currentPassword", "The current password is not right.");
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw fieldError("newPassword", problem);
  if (await verifyPassword(newPassword, user.passwordHash)) throw fieldError("newPassword", "Choose a password different from the current one.");
  const passwordHash = await hashPassword(newPassword);
  await getDb().$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false, demoPassword: false, sessionVersion: { increment: 1 } } });
    await audit(tx, { id: user.id, label: user.email }, "staff_user.password_changed", userId, {});
  });
}

/** An invitation sets the first password once, within 72 hours. */
export async function acceptInvitation(token: string, newPassword: string, now = new Date()): Promise<{ email: string }> {
  const invitation = await getDb().staffInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { staffUser: true } });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= now || !invitation.staffUser.active) {
    throw new AppError("INVALID", "This invitation link has expired or has already been used. Ask an admin for a new one.");
  }
  const problem = passwordProblem(newPassword, invitation.staffUser.email);
  if (problem) throw fieldError("newPassword", problem);
  const passwordHash = await hashPassword(newPassword);
  await getDb().$transaction(async (tx) => {
    // Claimed inside the transaction: of two uses at once, only one updates the row.
    const claimed = await tx.staffInvitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("INVALID", "This invitation link has expired or has already been used. Ask an admin for a new one.");
    await tx.staffUser.update({ where: { id: invitation.staffUserId }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    const actor = { id: invitation.staffUserId, label: invitation.staffUser.email };
    await audit(tx, actor, "staff_user.invitation_accepted", invitation.staffUserId, {});
  });
  return { email: invitation.staffUser.email };
}
