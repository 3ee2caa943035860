// The per-request session read (lib/auth/staff.ts, one raw statement): the same user, role and
// flags on SQLite and PostgreSQL, and no session for a deactivated user or an older version.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getStaffUserSession } from "@/lib/auth/staff";

async function staff(email: string, data: { active?: boolean; mustChangePassword?: boolean; role?: string } = {}) {
  return getDb().staffUser.create({ data: { email, name: `Name of ${email}`, role: data.role ?? "SUPPORT", passwordHash: "x", ...data } });
}

describe("getStaffUserSession", () => {
  it("returns the user with plain numbers and booleans", async () => {
    const user = await staff("reader@example.com", { role: "FINANCE" });
    expect(await getStaffUserSession(user.id, 0)).toStrictEqual({
      id: user.id,
      email: "reader@example.com",
      name: "Name of reader@example.com",
      role: "FINANCE",
      mustChangePassword: false,
    });
    const oneTime = await staff("one-time@example.com", { mustChangePassword: true });
    expect(await getStaffUserSession(oneTime.id, 0)).toMatchObject({ id: oneTime.id, mustChangePassword: true });
  });

  it("ends the session of a deactivated user, an older session version and an unknown id", async () => {
    const gone = await staff("deactivated@example.com", { active: false });
    expect(await getStaffUserSession(gone.id, 0)).toBeNull();
    const bumped = await staff("bumped@example.com");
    await getDb().staffUser.update({ where: { id: bumped.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getStaffUserSession(bumped.id, 0)).toBeNull();
    expect(await getStaffUserSession(bumped.id, 1)).toMatchObject({ id: bumped.id });
    expect(await getStaffUserSession(bumped.id)).toBeNull();
    expect(await getStaffUserSession(2_000_000_000, 0)).toBeNull();
  });

  it("refuses a role the console does not know", async () => {
    const odd = await staff("odd-role@example.com", { role: "OWNER" });
    expect(await getStaffUserSession(odd.id, 0)).toBeNull();
  });
});
