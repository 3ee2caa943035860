// The claims of the signed-in user's session cookie, read directly: the cookie (chunks joined as
// next-auth writes them), decrypted and verified with next-auth's own `decode` (the JWE under a key
// derived from NEXTAUTH_SECRET; a tampered, foreign or expired token is refused). This is what
// next-auth's getServerSession() did for a server component, minus its request handler (options
// parsing, a CSRF token, the session callback and re-encrypting a cookie that a server component
// cannot set): about 0.7 against 0.15 ms of CPU and 2.5-3.4 against 0.5-0.7 ms of wall time per
// request (docs/decisions/042). The user behind the claims is still re-read from the database on
// every request (lib/auth/staff.ts: active, role, session version; decision 017).
//
// In tests, tests/setup/session-claims.ts routes this through next-auth's getServerSession, so a
// test fakes a session by mocking "next-auth" as before ({ uid, sv: 0 }).
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { sessionCookie } from "./cookies";

export type SessionClaims = { uid?: number; sv?: number };

/** The cookie's value: whole, or next-auth's chunks `<name>.0`, `<name>.1`, ... joined in order. */
export function sessionTokenFrom(all: Array<{ name: string; value: string }>, name = sessionCookie().name): string | null {
  const parts = all
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .map((cookie) => ({ index: cookie.name === name ? 0 : Number.parseInt(cookie.name.slice(name.length + 1), 10), value: cookie.value }))
    .filter((part) => Number.isInteger(part.index))
    .sort((a, b) => a.index - b.index);
  const token = parts.map((part) => part.value).join("");
  return token || null;
}

/** The claims of a session token, or null for a token that does not decrypt, has expired, or has no user id. */
export async function claimsOfToken(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, secret });
    if (!payload || typeof payload.uid !== "number") return null;
    return { uid: payload.uid, sv: typeof payload.sv === "number" ? payload.sv : undefined };
  } catch {
    return null;
  }
}

/** The claims of this request's session cookie, or null (signed out). */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) return null;
  const token = sessionTokenFrom((await cookies()).getAll());
  return token ? claimsOfToken(token, secret) : null;
}
