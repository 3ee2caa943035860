// The session cookie read without next-auth's request handler (lib/auth/session-claims.ts): a token
// next-auth issued gives its user id and session version; a token under another secret, a changed
// byte, an expired token or one without a user id gives no session; chunked cookies are joined.
import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

vi.unmock("@/lib/auth/session-claims");
const jar = vi.hoisted(() => ({ cookies: [] as Array<{ name: string; value: string }> }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar.cookies }) }));

const { claimsOfToken, readSessionClaims, sessionTokenFrom } = await import("@/lib/auth/session-claims");
const SECRET = "session-claims-test-secret";

describe("session claims", () => {
  it("reads the user id and session version of a token next-auth encoded", async () => {
    const token = await encode({ token: { uid: 7, sv: 3, name: "Ada" }, secret: SECRET });
    expect(await claimsOfToken(token, SECRET)).toStrictEqual({ uid: 7, sv: 3 });
  });

  it("refuses a token under another secret, a changed byte, an expired token and one without a user id", async () => {
    const token = await encode({ token: { uid: 7, sv: 0 }, secret: SECRET });
    expect(await claimsOfToken(token, "another-secret")).toBeNull();
    const parts = token.split(".");
    const body = parts[3];
    parts[3] = (body[0] === "A" ? "B" : "A") + body.slice(1);
    expect(await claimsOfToken(parts.join("."), SECRET)).toBeNull();
    const expired = await encode({ token: { uid: 7, sv: 0 }, secret: SECRET, maxAge: -60 });
    expect(await claimsOfToken(expired, SECRET)).toBeNull();
    const anonymous = await encode({ token: { name: "nobody" }, secret: SECRET });
    expect(await claimsOfToken(anonymous, SECRET)).toBeNull();
    expect(await claimsOfToken("not-a-token", SECRET)).toBeNull();
  });

  it("joins a chunked cookie in order and ignores other cookies", () => {
    const name = "next-auth.session-token";
    expect(sessionTokenFrom([{ name: "other", value: "x" }, { name: `${name}.1`, value: "b" }, { name: `${name}.0`, value: "a" }], name)).toBe("ab");
    expect(sessionTokenFrom([{ name, value: "whole" }], name)).toBe("whole");
    expect(sessionTokenFrom([{ name: "other", value: "x" }], name)).toBeNull();
  });

  it("reads this request's cookie with NEXTAUTH_SECRET, and no cookie is no session", async () => {
    const previous = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = SECRET;
    try {
      jar.cookies = [];
      expect(await readSessionClaims()).toBeNull();
      jar.cookies = [{ name: "next-auth.session-token", value: await encode({ token: { uid: 12, sv: 0 }, secret: SECRET }) }];
      expect(await readSessionClaims()).toStrictEqual({ uid: 12, sv: 0 });
      jar.cookies = [{ name: "next-auth.session-token", value: await encode({ token: { uid: 12, sv: 0 }, secret: "forged" }) }];
      expect(await readSessionClaims()).toBeNull();
    } finally {
      process.env.NEXTAUTH_SECRET = previous;
    }
  });
});
