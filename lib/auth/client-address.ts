// The client address the sign-in throttle counts by. Next fills X-Forwarded-For with the socket's
// address when the request has none; a reverse proxy appends the address it saw. So the entry to
// trust is the rightmost one, or the one TRUSTED_PROXY_COUNT entries from the right behind a chain
// of proxies. Without a proxy a client could send its own X-Forwarded-For and move between
// "addresses": the per-email limit still holds then (decision 017).
type Env = Record<string, string | undefined>;
type HeaderSource = { get(name: string): string | null };

export function clientAddressOf(headers: HeaderSource, env: Env = process.env): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const hops = Math.max(1, Number.parseInt(env.TRUSTED_PROXY_COUNT ?? "1", 10) || 1);
  const address = entries[Math.max(0, entries.length - hops)] ?? headers.get("x-real-ip") ?? "unknown";
  // IPv4-mapped IPv6 ("::ffff:10.0.0.1") and plain IPv4 are one client.
  return address.replace(/^::ffff:/i, "").slice(0, 64);
}
