// Where the user goes after signing in: only a path of this site, never another origin.
export const DEFAULT_RETURN_PATH = "/customers";

/** `value` when it is a same-origin path ("/customers/163/contracts?tab=1"), else /customers.
 * Browsers read "//host", "/\host" and their encoded or whitespace-padded forms as another site,
 * so the check resolves the path against a placeholder origin and keeps it only if the origin
 * did not change, after refusing backslashes and control characters outright. */
export function safeReturnPath(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return DEFAULT_RETURN_PATH;
  let decoded = raw;
  // Repeatedly decode: "%2F%2Fevil" and "%252F%252Fevil" must not slip through a later decode.
  for (let i = 0; i < 3; i += 1) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      return DEFAULT_RETURN_PATH;
    }
  }
  for (const candidate of [raw, decoded]) {
    if (!candidate.startsWith("/") || candidate.startsWith("//")) return DEFAULT_RETURN_PATH;
    if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return DEFAULT_RETURN_PATH;
  }
  const base = "http://placeholder.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== base) return DEFAULT_RETURN_PATH;
  // Never return to the sign-in page itself (a loop) or to next-auth's endpoints.
  if (url.pathname === "/signin" || url.pathname.startsWith("/api/auth")) return DEFAULT_RETURN_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering `from` when it is worth returning to. */
export function signInPathFor(from: string | null | undefined): string {
  const path = safeReturnPath(from);
  return path === DEFAULT_RETURN_PATH ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(path)}`;
}
