// `npm run load`: throughput of one machine on the default list (issue 17, PERFORMANCE.md): the
// production server as `npm start` runs it (scripts/serve.mjs, one process per core), 20
// connections for 20 s from autocannon on 127.0.0.1, signed in as support; prints requests a
// second, p50/p99 latency and every kind of error.
//
//   npm run load                                   tmp/bench.db (100,000 customers), .next-bench build
//   npm run load -- --workers 1                    one process, for the before/after ratio
//   DATABASE_URL=postgresql://... npm run load     a migrated, seeded PostgreSQL database instead
//   options: --connections 20 --duration 20 --path /customers --no-build
//
// Bounded: the run stops after its duration plus a margin, and the server is always stopped.
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureBenchDb } from "./bench/bench-db";
import { BENCH_DB_URL, BENCH_DIST_DIR, HOST, NEXTAUTH_SECRET, PORT, SIGN_IN } from "./bench/config";
import { request, signIn } from "./bench/http";
import { portInUse, run, Server } from "./bench/processes";

const MAX_DURATION_S = 120;
const MAX_CONNECTIONS = 200;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: "string", default: "20" },
      duration: { type: "string", default: "20" },
      path: { type: "string", default: "/customers" },
      workers: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const connections = Math.min(MAX_CONNECTIONS, Math.max(1, Number(values.connections) || 20));
  const duration = Math.min(MAX_DURATION_S, Math.max(1, Number(values.duration) || 20));
  if (!values.path.startsWith("/")) throw new Error("--path must start with /");
  const baseUrl = `http://${HOST}:${PORT}`;
  const pg = process.env.DATABASE_URL?.startsWith("postgresql://") || process.env.DATABASE_URL?.startsWith("postgres://");
  const databaseUrl = pg ? process.env.DATABASE_URL! : BENCH_DB_URL;
  if (await portInUse(HOST, PORT)) throw new Error(`Something already listens on ${HOST}:${PORT} (BENCH_PORT).`);
  if (!pg) await ensureBenchDb({ rebuild: false });
  if (!values["no-build"] || !existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) {
    await run(["npx", "next", "build"], { NEXT_DIST_DIR: BENCH_DIST_DIR }, 20 * 60_000);
  }

  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET,
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NODE_ENV: "production",
  };
  if (values.workers) env.WEB_CONCURRENCY = values.workers;
  const server = new Server(["node", "scripts/serve.mjs", "-H", HOST, "-p", String(PORT)], env);
  process.once("SIGINT", () => void server.stop().finally(() => process.exit(130)));
  process.once("exit", () => server.killNow());
  try {
    server.start();
    await server.waitUntilReady(async () => {
      try {
        return (await request(`${baseUrl}/api/auth/csrf`, { timeoutMs: 5_000 })).status === 200;
      } catch {
        return false;
      }
    }, 90_000);
    const jar = await signIn(baseUrl, SIGN_IN.email, SIGN_IN.password, 30_000);
    // Warm every worker's render path (connections are spread over the workers).
    for (let i = 0; i < 100; i++) {
      const answer = await request(`${baseUrl}${values.path}`, { jar, timeoutMs: 30_000 });
      if (answer.status !== 200) throw new Error(`GET ${values.path} answered ${answer.status} while warming up`);
    }
    const loadBefore = os.loadavg();
    const result = await runAutocannon({ url: `${baseUrl}${values.path}`, cookie: jar.header(), connections, duration });
    const loadAfter = os.loadavg();
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`\nGET ${values.path}, ${connections} connections for ${duration} s, ${env.WEB_CONCURRENCY ?? "default (one per core)"} workers, ${pg ? "PostgreSQL" : "SQLite tmp/bench.db"}`);
    console.log(`requests/s ${result.requests.average.toFixed(1)}  total ${result.requests.total}`);
    console.log(`latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms`);
    console.log(`errors ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
    console.log(`load average before ${loadBefore.map((v) => v.toFixed(2)).join(" ")}, after ${loadAfter.map((v) => v.toFixed(2)).join(" ")} (${os.cpus().length} cores)`);
  } finally {
    await server.stop();
  }
}

function runAutocannon(options: { url: string; cookie: string; connections: number; duration: number }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.duration, timeout: 10, headers: { cookie: options.cookie } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon stops itself after `duration`; this is the outer bound if it does not.
    const guard = setTimeout(() => instance.stop(), (options.duration + 30) * 1000);
    instance.on("done", () => clearTimeout(guard));
  });
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
