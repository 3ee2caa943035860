// `npm run bench:throughput`: issue 17 item 4 in one command. autocannon with 20 connections for 20 s
// on the default list, first ours (`node scripts/serve.mjs`: one worker per core, as `npm start`),
// then the Django admin peer (gunicorn, 2 sync workers, its default changelist), one after the
// other in the same session on 127.0.0.1; prints requests a second, p50/p99 latency and errors
// (connection errors, timeouts, non-2xx) of each, and ours / peer.
//
//   npm run bench:throughput                      tmp/bench.db and .next-bench must exist
//   npm run bench:throughput -- --connections 20 --duration 20 --dist .next-bench --path /customers
//
// Ours on BENCH_PORT, the peer on BENCH_PORT+2 over /tmp/djpeer/db-100000-s42.sqlite3 (built by its
// own generator when missing: minutes). Signed in as support (ours) and admin (peer).
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon"; // types: scripts/autocannon.d.ts
import { BENCH_DIST_DIR, HOST, PORT, SIGN_IN } from "./config";
import { signIn } from "./http";
import { Server } from "./processes";
import { answers, consoleServer } from "./side-by-side";
import { PEER_VIEWS, peerAvailable, peerServer, peerSignIn, preparePeer } from "../load/peer";

type Result = { name: string; rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number; total: number; load: string };

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");

async function hammer(name: string, url: string, cookie: string, connections: number, duration: number): Promise<Result> {
  const before = load();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration, headers: { cookie }, timeout: 30 }, (error, answer) => (error ? reject(error) : resolve(answer)));
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    load: `${before} -> ${load()}`,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: "string", default: "20" },
      duration: { type: "string", default: "20" },
      warmup: { type: "string", default: "5" },
      dist: { type: "string", default: BENCH_DIST_DIR },
      path: { type: "string", default: "/customers" },
      "no-peer": { type: "boolean", default: false },
    },
  });
  const connections = Math.min(200, Math.max(1, Number(values.connections) || 20));
  const duration = Math.min(120, Math.max(1, Number(values.duration) || 20));
  const warmup = Math.min(60, Math.max(0, Number(values.warmup) || 0));
  if (!existsSync(`${values.dist}/BUILD_ID`)) throw new Error(`No build in ${values.dist}: NEXT_DIST_DIR=${values.dist} npx next build`);
  const missingPeer = values["no-peer"] ? "--no-peer" : peerAvailable();
  const results: Result[] = [];

  const ours = consoleServer(PORT, values.dist!);
  const servers: Server[] = [ours];
  process.once("exit", () => servers.forEach((server) => server.killNow()));
  try {
    ours.start();
    const base = `http://${HOST}:${PORT}`;
    await ours.waitUntilReady(answers(`${base}/api/auth/csrf`), 90_000);
    const cookie = (await signIn(base, SIGN_IN.email, SIGN_IN.password, 30_000)).header();
    // Every worker warms up on its own (decision 026): a short untimed run reaches each of them.
    if (warmup) await hammer("warm-up", `${base}${values.path}`, cookie, connections, warmup);
    results.push(await hammer(`ours ${values.path} (${process.env.WEB_CONCURRENCY ?? os.availableParallelism()} workers)`, `${base}${values.path}`, cookie, connections, duration));
    await ours.stop();

    if (missingPeer) {
      console.log(`No peer: ${missingPeer}`);
    } else {
      const peerPort = PORT + 2;
      const peer = peerServer(peerPort, await preparePeer(100_000));
      servers.push(peer);
      peer.start();
      const peerBase = `http://${HOST}:${peerPort}`;
      await peer.waitUntilReady(answers(`${peerBase}/admin/login/`), 60_000);
      const peerCookie = await peerSignIn(peerBase);
      if (warmup) await hammer("warm-up", `${peerBase}${PEER_VIEWS.list}`, peerCookie, connections, warmup);
      results.push(await hammer(`peer ${PEER_VIEWS.list} (gunicorn, 2 workers)`, `${peerBase}${PEER_VIEWS.list}`, peerCookie, connections, duration));
      await peer.stop();
    }
  } finally {
    for (const server of servers) await server.stop();
  }

  console.log(`\nautocannon -c ${connections} -d ${duration} on ${HOST} (${os.cpus().length} cores)`);
  for (const r of results) {
    console.log(`${r.name.padEnd(48)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.total} requests, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}  (load ${r.load})`);
  }
  if (results.length === 2) console.log(`ours / peer requests a second: ${(results[0].rps / results[1].rps).toFixed(2)} (issue 17: at least 2)`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`bench:throughput failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
