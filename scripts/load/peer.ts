// The Django admin peer (/work/shared/peers/django, PERFORMANCE.md) under the same virtual users:
// gunicorn with its 2 sync workers on 127.0.0.1 over its 100,000-customer SQLite database (built
// by its own `manage.py generate` when missing), signed in as its admin; its default changelist
// and its search, each on its own for the given duration.
import { existsSync, mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { CookieJar, request } from "../bench/http";
import { nowMs } from "../bench/stats";
import { run, Server } from "../bench/processes";
import type { Sample } from "./mix";

// The project root's ../shared (a worktree sits one level deeper, under wt/).
export const PEER_DIR = process.env.DJANGO_PEER_DIR ?? [path.resolve("../shared/peers/django"), path.resolve("../../shared/peers/django")].find((dir) => existsSync(dir)) ?? path.resolve("../shared/peers/django");
const PY = "/usr/bin/python3";
const GUNICORN = "/usr/bin/gunicorn";
const OUTDIR = "/tmp/djpeer";
const USER = "admin";
const PASSWORD = "peer-bench-password";

export const PEER_VIEWS = { list: "/admin/customers/customer/", search: "/admin/customers/customer/?q=parker" } as const;

export function peerAvailable(): string | null {
  if (!existsSync(path.join(PEER_DIR, "manage.py"))) return `no Django peer at ${PEER_DIR} (set DJANGO_PEER_DIR)`;
  for (const bin of [PY, GUNICORN]) if (!existsSync(bin)) return `${bin} is missing (apt-get install -y python3-django gunicorn sqlite3)`;
  return null;
}

/** Builds the peer's database when missing (the peer's own generator, seed 42), and its admin. */
export async function preparePeer(customers: number): Promise<Record<string, string>> {
  mkdirSync(OUTDIR, { recursive: true });
  const env = { DJPEER_DB: `${OUTDIR}/db-${customers}-s42.sqlite3`, DJANGO_SETTINGS_MODULE: "peer.settings", DJPEER_DEBUG: "0" };
  const cwd = process.cwd();
  process.chdir(PEER_DIR);
  try {
    if (!existsSync(env.DJPEER_DB)) {
      await run([PY, "manage.py", "migrate", "-v0"], env, 10 * 60_000);
      await run([PY, "manage.py", "generate", "--customers", String(customers), "--seed", "42"], env, 30 * 60_000);
    }
    const admin = `from django.contrib.auth.models import User\nu, _ = User.objects.get_or_create(username='${USER}', defaults={'email': 'admin@example.com'})\nu.is_staff = u.is_superuser = True\nu.set_password('${PASSWORD}')\nu.save()`;
    await run([PY, "manage.py", "shell", "-c", admin], env, 60_000);
  } finally {
    process.chdir(cwd);
  }
  return env;
}

export function peerServer(port: number, env: Record<string, string>): Server {
  return new Server([GUNICORN, "peer.wsgi:application", "--chdir", PEER_DIR, "--bind", `127.0.0.1:${port}`, "--workers", "2", "--timeout", "600", "--log-level", "warning"], env);
}

export async function peerSignIn(baseUrl: string): Promise<string> {
  const jar = new CookieJar();
  const page = await request(`${baseUrl}/admin/login/?next=/admin/`, { jar, timeoutMs: 30_000 });
  const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page.body)?.[1];
  if (page.status !== 200 || !token) throw new Error(`peer login page: HTTP ${page.status}`);
  await request(`${baseUrl}/admin/login/?next=/admin/`, { method: "POST", jar, form: { csrfmiddlewaretoken: token, username: USER, password: PASSWORD, next: "/admin/" }, timeoutMs: 30_000 });
  if (!jar.has("sessionid")) throw new Error("peer sign-in failed (no sessionid)");
  return jar.header();
}

/** `users` keep-alive connections on one view of the peer for `durationS`. */
export async function loadPeerView(baseUrl: string, cookie: string, view: keyof typeof PEER_VIEWS, users: number, durationS: number, timeoutMs: number) {
  const samples: Sample[] = [];
  const started = nowMs();
  const deadline = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: users }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (nowMs() < deadline) {
        const begun = nowMs();
        try {
          const status = await new Promise<number>((resolve, reject) => {
            const req = http.request(`${baseUrl}${PEER_VIEWS[view]}`, { headers: { cookie }, agent }, (res) => {
              res.resume();
              res.on("end", () => resolve(res.statusCode ?? 0));
              res.on("error", reject);
            });
            req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
            req.on("error", reject);
            req.end();
          });
          samples.push({ type: view, ms: nowMs() - begun, ok: status === 200, ...(status === 200 ? {} : { error: `HTTP ${status}` }) });
        } catch (error) {
          samples.push({ type: view, ms: nowMs() - begun, ok: false, error: error instanceof Error ? error.message : String(error) });
        }
      }
      agent.destroy();
    }),
  );
  return { samples, seconds: (nowMs() - started) / 1000 };
}
