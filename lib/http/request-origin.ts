// The origin the user actually opened ("https://console.example.com", "http://10.0.0.5:3001"),
// for absolute links the app writes and for same-origin checks, so the console works under any
// host name and port rather than only NEXTAUTH_URL's.
//
// The Host header comes from the client, so it is only ever reflected back to that same client
// (its own export file, its own redirect): it cannot poison another user's page because those
// responses are never cached (no-store). X-Forwarded-Host/-Proto are honoured only with
// TRUST_PROXY=1 (a reverse proxy that overwrites them); ALLOWED_HOSTS, when set, is the list of
// host[:port] values accepted, anything else falls back to NEXTAUTH_URL.
type Env = Record<string, string | undefined>;
type HeaderSource = { get(name: string): string | null };

const HOST_PATTERN = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

function configuredOrigin(env: Env): string {
  try {
    return new URL(env.NEXTAUTH_URL ?? "http://localhost:3000").origin;
  } catch {
    return "http://localhost:3000";
  }
}

export function requestOrigin(headers: HeaderSource, env: Env = process.env): string {
  const trustProxy = env.TRUST_PROXY === "1";
  const host = (trustProxy ? firstValue(headers.get("x-forwarded-host")) : null) ?? firstValue(headers.get("host"));
  if (!host || !HOST_PATTERN.test(host)) return configuredOrigin(env);
  const allowed = env.ALLOWED_HOSTS?.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (allowed && allowed.length > 0 && !allowed.includes(host.toLowerCase())) return configuredOrigin(env);
  const forwardedProto = trustProxy ? firstValue(headers.get("x-forwarded-proto")) : null;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : configuredOrigin(env).startsWith("https:") ? "https" : "http";
  return `${proto}://${host.toLowerCase()}`;
}

/** True when a browser's Origin header names this site (as opened), for POSTs that are not
 * server actions (those get Next's own check). A missing Origin (old browsers, curl) passes:
 * SameSite=Lax cookies already keep cross-site POSTs signed out. */
export function isSameOrigin(headers: HeaderSource, env: Env = process.env): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  return origin === requestOrigin(headers, env);
}
