// Tests fake a session by mocking next-auth's getServerSession ({ uid, sv: 0 }); outside a request
// there is no cookie to read, so here the session's claims come from that function, as they did
// before lib/auth/session-claims.ts read the cookie itself (tests/auth/session-claims.test.ts tests
// the real reader). A test file that does not mock "next-auth" gets next-auth's own, as before.
import { vi } from "vitest";

// One import shared by every call: two concurrent first calls (two saves racing, in
// tests/versions) each importing it got the real module for the second.
let nextAuth: Promise<typeof import("next-auth")> | undefined;

vi.mock("@/lib/auth/session-claims", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session-claims")>();
  return {
    ...original,
    readSessionClaims: async () => {
      const { getServerSession } = await (nextAuth ??= import("next-auth"));
      return ((await getServerSession()) as { uid?: number; sv?: number } | null) ?? null;
    },
  };
});
