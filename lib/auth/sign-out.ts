"use server";
// Sign-out as a server action: it answers with a relative redirect, so it works under whatever
// host and port the user opened (next-auth's own sign-out redirects to NEXTAUTH_URL), and Next
// checks the action's Origin. It also ends every other session of the user (decision 017).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./session";
import { endAllSessions } from "./session-version";
import { SESSION_COOKIE_NAMES, sessionCookie } from "./cookies";

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  const jar = await cookies();
  const { options } = sessionCookie();
  for (const name of SESSION_COOKIE_NAMES) {
    if (jar.has(name)) jar.set(name, "", { ...options, secure: options.secure || name.startsWith("__Secure-"), maxAge: 0 });
  }
  redirect("/signin");
}
