// The sign-in throttle on a real database: per email and per client address, and what it logs.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { getStaffUserSession } from "@/lib/auth/staff";

const PASSWORD = "correct horse battery";
const minutes = (n: number) => n * 60 * 1000;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await getDb().staffUser.createMany({
    data: [
      { email: "thr@example.com", name: "Thr", role: "SUPPORT", passwordHash },
      { email: "addr@example.com", name: "Addr", role: "SUPPORT", passwordHash },
      { email: "gone@example.com", name: "Gone", role: "SUPPORT", passwordHash, active: false },
    ],
  });
});

// Every attempt runs one bcrypt comparison (about 0.1 s, more on a busy machine).
describe("sign-in throttling", { timeout: 120_000 }, () => {
  it("refuses an email for 15 minutes after 5 failures, even with the right password", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 5; i += 1) {
      const at = new Date(start.getTime() + i * 1000);
      expect((await attemptSignIn({ email: "thr@example.com", password: "wrong" }, `10.0.0.${i}`, at)).outcome).toBe("failure");
    }
    const later = new Date(start.getTime() + minutes(10));
    expect(await attemptSignIn({ email: "THR@example.com", password: PASSWORD }, "10.0.1.1", later)).toMatchObject({ outcome: "throttled" });
    // An unknown email is throttled the same way, so the answer never tells whether one exists.
    for (let i = 0; i < 5; i += 1) await attemptSignIn({ email: "nobody@example.com", password: "x" }, "10.0.2.1", start);
    expect((await attemptSignIn({ email: "nobody@example.com", password: "x" }, "10.0.2.2", later)).outcome).toBe("throttled");

    const after = new Date(start.getTime() + 4000 + minutes(15) + 1000);
    expect((await attemptSignIn({ email: "thr@example.com", password: PASSWORD }, "10.0.1.1", after)).outcome).toBe("success");
    const logged = await getDb().signInAttempt.groupBy({ by: ["outcome"], where: { email: "thr@example.com" }, _count: true });
    expect(Object.fromEntries(logged.map((row) => [row.outcome, row._count]))).toEqual({ failure: 5, throttled: 1, success: 1 });
  });

  it("does not throttle 5 failures spread over more than 15 minutes", async () => {
    const start = new Date("2026-01-02T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attemptSignIn({ email: "spread@example.com", password: "x" }, "10.1.0.1", new Date(start.getTime() + i * minutes(4)));
    expect((await attemptSignIn({ email: "spread@example.com", password: "x" }, "10.1.0.1", new Date(start.getTime() + minutes(17)))).outcome).toBe("failure");
  });

  it("refuses a client address after 30 failures across many emails, not other addresses", async () => {
    const start = new Date("2026-01-03T10:00:00Z");
    for (let i = 0; i < 30; i += 1) {
      await attemptSignIn({ email: `guess${i}@example.com`, password: "x" }, "203.0.113.7", new Date(start.getTime() + i * 1000));
    }
    const next = new Date(start.getTime() + minutes(1));
    expect((await attemptSignIn({ email: "addr@example.com", password: PASSWORD }, "203.0.113.7", next)).outcome).toBe("throttled");
    expect((await attemptSignIn({ email: "addr@example.com", password: PASSWORD }, "198.51.100.1", next)).outcome).toBe("success");
  });

  it("refuses a deactivated user with the right password, as a plain failure", async () => {
    expect((await attemptSignIn({ email: "gone@example.com", password: PASSWORD }, "10.2.0.1")).outcome).toBe("failure");
  });
});

describe("sessions that end", () => {
  it("refuses a session issued before a password change, sign-out or deactivation", async () => {
    const user = await getDb().staffUser.create({ data: { email: "sess@example.com", name: "Sess", role: "FINANCE", passwordHash: "x" } });
    expect(await getStaffUserSession(user.id, 0)).toMatchObject({ id: user.id });
    expect(await getStaffUserSession(user.id, undefined)).toBeNull();

    const { endAllSessions } = await import("@/lib/auth/session-version");
    await endAllSessions(user.id);
    expect(await getStaffUserSession(user.id, 0)).toBeNull();
    expect(await getStaffUserSession(user.id, 1)).toMatchObject({ id: user.id });

    await getDb().staffUser.update({ where: { id: user.id }, data: { active: false } });
    expect(await getStaffUserSession(user.id, 1)).toBeNull();
  });
});
