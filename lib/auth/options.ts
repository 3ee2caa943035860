// next-auth configuration: email + password against StaffUser, JWT sessions (no session table,
// so any number of app instances can serve one user). The cookie carries the user id and the
// session version it was issued under (decision 017); lib/auth/sign-in.ts throttles and logs.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionCookie, usesSecureCookies } from "./cookies";
import { attemptSignIn } from "./sign-in";
import { clientAddressOf } from "./client-address";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  useSecureCookies: usesSecureCookies(),
  cookies: { sessionToken: sessionCookie() },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request?.headers ?? {})) if (typeof value === "string") headers.set(name, value);
        const result = await attemptSignIn(raw, clientAddressOf(headers));
        // A thrown message reaches the form as `error`; it never says whether the email exists.
        if (result.outcome === "throttled") throw new Error("Throttled");
        if (result.outcome !== "success") return null;
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv;
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        uid: typeof token.uid === "number" ? token.uid : undefined,
        sv: typeof token.sv === "number" ? token.sv : undefined,
      };
    },
  },
};
