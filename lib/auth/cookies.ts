// The session cookie: HttpOnly (no script reads it), SameSite=Lax (another site cannot post with
// it), Secure and "__Secure-" prefixed when the console is served over HTTPS (NEXTAUTH_URL
// https://... or SECURE_COOKIES=1 behind a TLS-terminating proxy).
type Env = Record<string, string | undefined>;
export function usesSecureCookies(env: Env = process.env): boolean {
  return env.SECURE_COOKIES === "1" || (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookie(env: Env = process.env) {
  const secure = usesSecureCookies(env);
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** Both spellings, so sign-out clears whichever the browser holds. */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
