// `npm run load`: the issue 13 load test, on this machine only (127.0.0.1), bounded, stopping by
// itself and stopping every server it started. The same virtual users (scripts/load/mix.ts: list
// views with filters, searches, customer pages, API edits of distinct customers, API bulk creates,
// and one CSV export of all rows) run against
//   1. two instances (`node scripts/serve.mjs`, one worker each) on one PostgreSQL database with
//      100,000 customers, the users spread over both as a load balancer would;
//   2. one instance (one worker per core, as `npm start`) on SQLite (a copy of tmp/bench.db);
// and the Django admin peer (PERFORMANCE.md) under the same users on its default list and its
// search, beside the same two views alone on the two PostgreSQL instances. Prints, per run,
// requests a second and p50/p95/p99 per request type with every error, and the load average.
//
//   npm run load                               50 users for 60 s each run (the issue's figures)
//   npm run load -- --duration 10 --compare-duration 5     a short run that proves the command
//   options: --users 50 --duration 60 --compare-duration 20 --bulk-items 50 --pg-port 5440
//            --no-build --skip pg,sqlite,peer --pg-customers 100000 (at the benchmark's size PostgreSQL
//            gets a COPY of tmp/bench.db, scripts/bench/pg-copy.ts; another size is seeded: minutes)
//   LOAD_PG_SERVER_URL=postgresql://user:pw@127.0.0.1:5432/postgres   an existing server instead
//   of a throwaway cluster (a database "load" is created there and dropped at the end).
//   BENCH_PORT (3200): the first instance; the second and the peer use the next two ports.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { ensureBenchDb } from "./bench/bench-db";
import { BENCH_CUSTOMERS, BENCH_DB_FILE, BENCH_DIST_DIR, HOST, NEXTAUTH_SECRET, PORT } from "./bench/config";
import { copyDatabase, removeDatabaseFiles } from "./bench/db-copy";
import { copySqliteToPostgres } from "./bench/pg-copy";
import { request, signIn } from "./bench/http";
import { spawn } from "node:child_process";
import { portInUse, Server } from "./bench/processes";
import { LIST_PATHS, runMix, SEARCH_PATHS, type MixTarget } from "./load/mix";
import { loadPeerView, peerAvailable, peerServer, peerSignIn, preparePeer } from "./load/peer";
import { summarizeMix, type MixSummary } from "./load/report";

const exec = promisify(execFile);
const MAX_DURATION_S = 120;
const MAX_USERS = 200;
const REQUEST_TIMEOUT_MS = 30_000;
/** The whole command, seeding included, never runs longer than this. */
const MAX_TOTAL_MS = 90 * 60_000;
const SQLITE_COPY = "tmp/load-sqlite.db";
const SIGN_IN = { email: "bree@example.com", password: "demo-password" }; // account manager: reads, edits, exports

const servers: Server[] = [];
/** Process groups of the running setup steps (migrate, seed, build), killed if the run stops. */
const steps = new Set<number>();

/** A setup command in its own process group, bounded by `timeoutMs`, stopped with the run. */
async function run(args: string[], env: Record<string, string>, timeoutMs: number): Promise<void> {
  console.log(`$ ${Object.entries(env).map(([key, value]) => `${key}=${value} `).join("")}${args.join(" ")}`);
  const child = spawn(args[0], args.slice(1), { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const pid = child.pid!;
  steps.add(pid);
  const timer = setTimeout(() => killGroup(pid), timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new Error(`${args.join(" ")} exited with ${code ?? "a signal"}`);
  } finally {
    clearTimeout(timer);
    steps.delete(pid);
  }
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
const cleanups: Array<() => Promise<void>> = [];

function uptime(): string {
  const [one, five, fifteen] = os.loadavg();
  return `load average ${one.toFixed(2)}, ${five.toFixed(2)}, ${fifteen.toFixed(2)} (${os.cpus().length} cores)`;
}

async function capture(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<string> {
  const { stdout } = await exec(args[0], args.slice(1), { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

type Prepared = { token: string; editIds: number[]; editVersions: number[]; pageIds: number[]; customers: number };

async function prepare(databaseUrl: string): Promise<Prepared> {
  const out = await capture(["npx", "tsx", "scripts/load/prepare.ts", "20000", "2000"], { DATABASE_URL: databaseUrl }, 120_000);
  return JSON.parse(out.split("\n").pop()!) as Prepared;
}

/** Starts `count` instances of `node scripts/serve.mjs` on consecutive ports, waits for each. */
async function startInstances(databaseUrl: string, count: number, workers: string | undefined): Promise<string[]> {
  const urls: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const port = PORT + i;
    if (await portInUse(HOST, port)) throw new Error(`Something already listens on ${HOST}:${port} (BENCH_PORT).`);
    const baseUrl = `http://${HOST}:${port}`;
    const env: Record<string, string> = { DATABASE_URL: databaseUrl, NEXTAUTH_URL: `http://${HOST}:${PORT}`, NEXTAUTH_SECRET, NEXT_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production" };
    if (workers) env.WEB_CONCURRENCY = workers;
    const server = new Server(["node", "scripts/serve.mjs", "-H", HOST, "-p", String(port)], env);
    servers.push(server);
    server.start();
    await server.waitUntilReady(async () => {
      try {
        return (await request(`${baseUrl}/api/auth/csrf`, { timeoutMs: 5_000 })).status === 200;
      } catch {
        return false;
      }
    }, 120_000);
    urls.push(baseUrl);
  }
  return urls;
}

async function stopServers() {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
}

/** Warms every instance's render paths (V8 optimises them over the first few hundred requests). */
async function warm(baseUrls: string[], cookie: string, pageIds: number[], perInstance: number) {
  const paths = [...LIST_PATHS, ...SEARCH_PATHS, ...pageIds.slice(0, 5).map((id) => `/customers/${id}`)];
  for (const baseUrl of baseUrls) {
    for (let i = 0; i < perInstance; i += 1) {
      const path = paths[i % paths.length];
      const answer = await rawGet(`${baseUrl}${path}`, cookie);
      if (answer !== 200) throw new Error(`GET ${path} on ${baseUrl} answered ${answer} while warming up`);
    }
  }
}

function rawGet(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers: { cookie }, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

type Args = { users: number; duration: number; compareDuration: number; bulkItems: number; warmups: number };

async function loadDatabase(label: string, databaseUrl: string, instances: number, workers: string | undefined, args: Args, compare: boolean): Promise<MixSummary[]> {
  const prepared = await prepare(databaseUrl);
  console.log(`${label}: ${prepared.customers.toLocaleString("en-US")} customers`);
  const baseUrls = await startInstances(databaseUrl, instances, workers);
  try {
    // One sign-in, on the first instance; the signed cookie is good on every instance.
    const cookie = (await signIn(baseUrls[0], SIGN_IN.email, SIGN_IN.password, REQUEST_TIMEOUT_MS)).header();
    await warm(baseUrls, cookie, prepared.pageIds, args.warmups);
    const target: MixTarget = { baseUrls, cookie, token: prepared.token, editIds: prepared.editIds, editVersions: prepared.editVersions, pageIds: prepared.pageIds };
    const results: MixSummary[] = [];
    console.log(`${label}: mix, ${args.users} users for ${args.duration} s; before: ${uptime()}`);
    const mix = await runMix(target, { users: args.users, durationS: args.duration, timeoutMs: REQUEST_TIMEOUT_MS, bulkItems: args.bulkItems, export: true });
    const summary = summarizeMix(`${label}: the mix`, mix.samples, mix.seconds);
    summary.lines.push("", `CSV export of all rows: ${(mix.exportBytes / 1024 / 1024).toFixed(1)} MB. After the run: ${uptime()}.`);
    results.push(summary);
    if (compare) {
      for (const only of ["list", "search"] as const) {
        const alone = await runMix(target, { users: args.users, durationS: args.compareDuration, timeoutMs: REQUEST_TIMEOUT_MS, bulkItems: 0, export: false, only });
        const s = summarizeMix(`${label}: ${only} views alone (${only === "list" ? LIST_PATHS.length : SEARCH_PATHS.length} URLs), ${args.users} users, ${args.compareDuration} s`, alone.samples, alone.seconds);
        s.lines.push("", `After: ${uptime()}.`);
        results.push(s);
      }
    }
    return results;
  } finally {
    await stopServers();
  }
}

async function pgDatabase(port: number, customers: number): Promise<string> {
  let server = process.env.LOAD_PG_SERVER_URL;
  if (!server) {
    server = await capture(["bash", "scripts/pg/cluster.sh", "start", String(port)], {}, 10 * 60_000);
    cleanups.push(async () => {
      await capture(["bash", "scripts/pg/cluster.sh", "stop", String(port)]).catch(() => "");
    });
  }
  const url = await capture(["npx", "tsx", "scripts/pg/create-database.ts", server, "load"]);
  if (process.env.LOAD_PG_SERVER_URL) cleanups.push(async () => void (await capture(["npx", "tsx", "-e", `import("./tests/setup/pg-databases.ts").then((m) => (m.dropDatabase ?? m.default.dropDatabase)(${JSON.stringify(server)}, "load"))`]).catch(() => "")));
  await run(["npx", "prisma", "migrate", "deploy"], { DATABASE_URL: url }, 10 * 60_000);
  const started = Date.now();
  if (customers === BENCH_CUSTOMERS) {
    // The same rows as the SQLite run: a COPY of tmp/bench.db (seconds; seeding takes minutes).
    await ensureBenchDb({ rebuild: false });
    await copySqliteToPostgres(BENCH_DB_FILE, url, { log: () => undefined });
    console.log(`PostgreSQL filled from ${BENCH_DB_FILE} (scripts/bench/pg-copy.ts) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return url;
  }
  await run(["npx", "tsx", "prisma/seed.ts", "--customers", String(customers)], { DATABASE_URL: url }, 45 * 60_000);
  console.log(`PostgreSQL seeded with ${customers.toLocaleString("en-US")} customers in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: "string", default: "50" },
      duration: { type: "string", default: "60" },
      "compare-duration": { type: "string", default: "20" },
      "bulk-items": { type: "string", default: "50" },
      warmups: { type: "string", default: "60" },
      workers: { type: "string" },
      "pg-port": { type: "string", default: "5440" },
      "pg-customers": { type: "string", default: String(BENCH_CUSTOMERS) },
      skip: { type: "string", default: "" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const bound = (raw: string, min: number, max: number, name: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
    return value;
  };
  const args: Args = {
    users: bound(values.users, 1, MAX_USERS, "users"),
    duration: bound(values.duration, 1, MAX_DURATION_S, "duration"),
    compareDuration: bound(values["compare-duration"], 1, MAX_DURATION_S, "compare-duration"),
    bulkItems: bound(values["bulk-items"], 1, 1000, "bulk-items"),
    warmups: bound(values.warmups, 0, 1000, "warmups"),
  };
  const skip = new Set(values.skip.split(",").filter(Boolean));
  for (const part of skip) if (!["pg", "sqlite", "peer"].includes(part)) throw new Error(`--skip takes pg, sqlite and peer, not "${part}"`);
  const watchdog = setTimeout(() => {
    console.error(`load: stopped after ${MAX_TOTAL_MS / 60_000} minutes`);
    void shutdown(1);
  }, MAX_TOTAL_MS);
  watchdog.unref();
  console.log(`Start: ${uptime()}`);

  if (!values["no-build"] || !existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) await run(["npx", "next", "build"], { NEXT_DIST_DIR: BENCH_DIST_DIR }, 20 * 60_000);
  const results: MixSummary[] = [];

  if (!skip.has("pg")) {
    const url = await pgDatabase(bound(values["pg-port"], 1024, 65535, "pg-port"), bound(values["pg-customers"], 0, 1_000_000, "pg-customers"));
    results.push(...(await loadDatabase("PostgreSQL, two instances", url, 2, values.workers ?? "1", args, true)));
  }
  if (!skip.has("sqlite")) {
    await ensureBenchDb({ rebuild: false });
    await copyDatabase(BENCH_DB_FILE, SQLITE_COPY);
    cleanups.push(async () => removeDatabaseFiles(SQLITE_COPY));
    results.push(...(await loadDatabase("SQLite, one instance", `file:./${SQLITE_COPY}`, 1, values.workers, args, false)));
  }
  if (!skip.has("peer")) {
    const missing = peerAvailable();
    if (missing) {
      console.log(`Django peer skipped: ${missing}`);
    } else {
      const env = await preparePeer(BENCH_CUSTOMERS);
      const port = PORT + 2;
      if (await portInUse(HOST, port)) throw new Error(`Something already listens on ${HOST}:${port} (the peer's port).`);
      const server = peerServer(port, env);
      servers.push(server);
      server.start();
      const baseUrl = `http://${HOST}:${port}`;
      await server.waitUntilReady(async () => {
        try {
          return (await request(`${baseUrl}/admin/login/`, { timeoutMs: 5_000 })).status === 200;
        } catch {
          return false;
        }
      }, 60_000);
      try {
        const cookie = await peerSignIn(baseUrl);
        for (let i = 0; i < 3; i += 1) await rawGet(`${baseUrl}/admin/customers/customer/`, cookie);
        for (const view of ["list", "search"] as const) {
          const peer = await loadPeerView(baseUrl, cookie, view, args.users, args.compareDuration, REQUEST_TIMEOUT_MS);
          const s = summarizeMix(`Django admin peer (gunicorn, 2 sync workers, SQLite): ${view === "list" ? "default changelist" : 'search "parker"'}, ${args.users} users, ${args.compareDuration} s`, peer.samples, peer.seconds);
          s.lines.push("", `After: ${uptime()}.`);
          results.push(s);
        }
      } finally {
        await stopServers();
      }
    }
  }

  console.log(`\n# Load test (${args.users} users; mix ${args.duration} s; views alone ${args.compareDuration} s; bulk creates of ${args.bulkItems})\n`);
  for (const result of results) {
    console.log(`## ${result.label}\n`);
    console.log(`${result.rps.toFixed(1)} requests/s, ${result.total} requests, ${result.errors} errors in ${result.seconds.toFixed(1)} s`);
    if (result.errorSamples.length > 0) console.log(`errors, first kinds: ${result.errorSamples.join(" | ")}`);
    console.log(`\n${result.lines.join("\n")}\n`);
  }
  console.log(`End: ${uptime()}`);
}

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const pid of steps) killGroup(pid);
  await stopServers().catch(() => undefined);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}

process.once("SIGINT", () => void shutdown(130));
process.once("SIGTERM", () => void shutdown(143));
process.once("exit", () => {
  servers.forEach((server) => server.killNow());
  steps.forEach(killGroup);
});

main().then(
  () => shutdown(0),
  (error) => {
    console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`);
    void shutdown(1);
  },
);
