import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/lib/auth/cookies";

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax, Secure and __Secure- prefixed behind HTTPS", () => {
    expect(sessionCookie({ NEXTAUTH_URL: "http://localhost:3000" })).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(sessionCookie({ NEXTAUTH_URL: "https://console.example.com" })).toMatchObject({ name: "__Secure-next-auth.session-token", options: { secure: true } });
    expect(sessionCookie({ NEXTAUTH_URL: "http://127.0.0.1:3000", SECURE_COOKIES: "1" }).options.secure).toBe(true);
  });
});
