// One sign-in attempt: throttled per email and per client address (counted in the database, so the
// limit holds across instances), timed the same for unknown and known emails, and recorded.
import { z } from "zod";
import { getDb } from "../db/client";
import { verifyPassword } from "./password";
import { ADDRESS_FAILURE_LIMIT, EMAIL_FAILURE_LIMIT, THROTTLE_WINDOW_MS, throttledUntil } from "./throttle";

// A bcrypt hash (cost 10, like real ones) of a password nobody has: an unknown email is compared
// against it, so it costs the same time as a known one and the answer cannot tell them apart.
const DUMMY_HASH = "$2b$10$uo7fztn6crvQzUNihcHoE.vBW.G7xsPqk1p/cKOy9NObF.p3GZ/FC";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInOutcome = "success" | "failure" | "throttled";
type SignedInUser = { id: number; email: string; name: string; sessionVersion: number };
export type SignInResult = { outcome: "success"; user: SignedInUser } | { outcome: "failure" | "throttled"; until?: Date };

async function recentFailures(where: { email: string } | { clientAddress: string }, since: Date, limit: number): Promise<Date[]> {
  const rows = await getDb().signInAttempt.findMany({
    where: { ...where, outcome: "failure", createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** When the email or the address is throttled, until when; else null. An email's count starts
 * over after its successful sign-in (only its owner can do that); an address's does not. */
export async function signInThrottledUntil(email: string, clientAddress: string, now = new Date()): Promise<Date | null> {
  const horizon = new Date(now.getTime() - 2 * THROTTLE_WINDOW_MS);
  const lastSuccess = await getDb().signInAttempt.findFirst({
    where: { email, outcome: "success", createdAt: { gt: horizon } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [byEmail, byAddress] = await Promise.all([
    recentFailures({ email }, lastSuccess?.createdAt ?? horizon, EMAIL_FAILURE_LIMIT),
    recentFailures({ clientAddress }, horizon, ADDRESS_FAILURE_LIMIT),
  ]);
  const untils = [throttledUntil(byEmail, EMAIL_FAILURE_LIMIT, now), throttledUntil(byAddress, ADDRESS_FAILURE_LIMIT, now)];
  const latest = untils.filter((until): until is Date => until !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  return latest ?? null;
}

export async function recordSignInAttempt(email: string, clientAddress: string, outcome: SignInOutcome, staffUserId: number | null, now = new Date()) {
  await getDb().signInAttempt.create({ data: { email: email.slice(0, 254), clientAddress, outcome, staffUserId, createdAt: now } });
}

export async function attemptSignIn(raw: unknown, clientAddress: string, now = new Date()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  const rawEmail = typeof (raw as { email?: unknown })?.email === "string" ? String((raw as { email: string }).email).trim().toLowerCase() : "";
  const email = parsed.success ? parsed.data.email : rawEmail;

  const until = await signInThrottledUntil(email, clientAddress, now);
  if (until) {
    await recordSignInAttempt(email, clientAddress, "throttled", null, now);
    return { outcome: "throttled", until };
  }

  const user = parsed.success ? await getDb().staffUser.findUnique({ where: { email } }) : null;
  // Always one bcrypt comparison, whether or not the email exists or is active.
  const matches = await verifyPassword(parsed.success ? parsed.data.password : "", user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !matches) {
    await recordSignInAttempt(email, clientAddress, "failure", user?.id ?? null, now);
    return { outcome: "failure" };
  }
  await recordSignInAttempt(email, clientAddress, "success", user.id, now);
  return { outcome: "success", user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
