// HTTP as the benchmark needs it: every request on a new connection (agent: false), the whole
// body read, a small cookie jar for the next-auth sign-in.
import http from "node:http";
import { nowMs } from "./stats";

export type Response = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(headers: http.IncomingHttpHeaders): void {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  has(name: string): boolean {
    return Boolean(this.cookies.get(name));
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

type RequestOptions = { method?: "GET" | "POST"; jar?: CookieJar; form?: Record<string, string>; timeoutMs: number };

/** One request on its own connection; `ms` runs from the request to the last byte of the body,
 * what `curl -w '%{time_total}'` reports. */
export function request(url: string, options: RequestOptions): Promise<Response> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: http.OutgoingHttpHeaders = {};
  const cookie = options.jar?.header();
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    headers["content-length"] = Buffer.byteLength(body);
  }
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const req = http.request(url, { method: options.method ?? "GET", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const ms = nowMs() - started;
        options.jar?.store(res.headers);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms });
      });
    });
    req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`${url}: no answer within ${options.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** next-auth credentials sign-in; the jar ends up holding `next-auth.session-token`. */
export async function signIn(baseUrl: string, email: string, password: string, timeoutMs: number): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await request(`${baseUrl}/api/auth/csrf`, { jar, timeoutMs });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");
  const callback = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    jar,
    form: { csrfToken, email, password, json: "true" },
    timeoutMs,
  });
  if (!jar.has("next-auth.session-token")) {
    throw new Error(`Sign-in as ${email} failed (HTTP ${callback.status}): ${callback.body.slice(0, 200)}`);
  }
  return jar;
}
