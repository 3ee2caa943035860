// `npm run bench:ratios`: ours, the bare Next.js floor and the Django peer side by side in one
// session, in alternating rounds (ours, floor, peer, ours, floor, peer, ...), so a machine whose
// speed drifts moves all three alike; prints each round's ratios and their medians
// (../shared/PERFORMANCE.md asks for ratios measured in one run).
//
//   npm run bench:ratios                       default list; tmp/bench.db and .next-bench must exist
//   npm run bench:ratios -- --path "/customers?page=500" --peer-path "?p=500" --rounds 15
//
// Ours: scripts/serve.mjs on BENCH_PORT. Floor: scripts/bench/floor (a 50-row table, no data),
// built into $TMPDIR/console-bench-floor, on BENCH_PORT+1. Peer: gunicorn with 2 sync workers on BENCH_PORT+2 over
// PEER_DB (its ./bench.sh builds one; default /tmp/djpeer/db-100000-s42.sqlite3); skipped with a
// note when gunicorn or the database is missing. Each request: a new connection, the whole body.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { BENCH_DIST_DIR, HOST, PORT, SIGN_IN } from "./config";
import { CookieJar, request, signIn } from "./http";
import { Server } from "./processes";
import { answers, consoleServer, ensureFloorBuild, floorServer } from "./side-by-side";
import { PEER_DIR as SHARED_PEER_DIR } from "../load/peer";

// The peer where `npm run load` finds it (../shared beside the project or a worktree), unless PEER_DIR says.
const PEER_DIR = process.env.PEER_DIR ? path.resolve(process.env.PEER_DIR) : SHARED_PEER_DIR;
const PEER_DB = process.env.PEER_DB ?? "/tmp/djpeer/db-100000-s42.sqlite3";
const TIMEOUT_MS = 30_000;

type Target = { name: string; url: string; jar?: CookieJar; warmups: number };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      path: { type: "string", default: "/customers" },
      "peer-path": { type: "string", default: "" },
      rounds: { type: "string", default: "10" },
      "per-round": { type: "string", default: "5" },
    },
  });
  const rounds = Math.min(50, Math.max(1, Number(values.rounds) || 10));
  const perRound = Math.min(30, Math.max(1, Number(values["per-round"]) || 5));
  if (!existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) throw new Error(`No build in ${BENCH_DIST_DIR}: run npm run bench -- --suite lists first`);
  await ensureFloorBuild();
  const ours = consoleServer(PORT, BENCH_DIST_DIR);
  const floor = floorServer(PORT + 1);
  const withPeer = existsSync("/usr/bin/gunicorn") && existsSync(PEER_DB) && existsSync(PEER_DIR);
  const peer = new Server(
    ["/usr/bin/gunicorn", "peer.wsgi:application", "--chdir", PEER_DIR, "--bind", `${HOST}:${PORT + 2}`, "--workers", "2", "--log-level", "warning"],
    { DJPEER_DB: PEER_DB, DJANGO_SETTINGS_MODULE: "peer.settings", DJPEER_DEBUG: "0" },
  );
  const servers = withPeer ? [ours, floor, peer] : [ours, floor];
  if (!withPeer) console.log(`No peer: needs /usr/bin/gunicorn, ${PEER_DIR} and ${PEER_DB} (run its ./bench.sh once).`);
  process.once("exit", () => servers.forEach((server) => server.killNow()));
  try {
    for (const server of servers) server.start();
    await ours.waitUntilReady(answers(`http://${HOST}:${PORT}/api/auth/csrf`), 90_000);
    await floor.waitUntilReady(answers(`http://${HOST}:${PORT + 1}/`), 90_000);
    const targets: Target[] = [
      { name: "ours", url: `http://${HOST}:${PORT}${values.path}`, jar: await signIn(`http://${HOST}:${PORT}`, SIGN_IN.email, SIGN_IN.password, TIMEOUT_MS), warmups: 100 },
      { name: "floor", url: `http://${HOST}:${PORT + 1}/`, warmups: 100 },
    ];
    if (withPeer) {
      await peer.waitUntilReady(answers(`http://${HOST}:${PORT + 2}/admin/login/`), 60_000);
      targets.push({ name: "peer", url: `http://${HOST}:${PORT + 2}/admin/customers/customer/${values["peer-path"]}`, jar: await peerSignIn(`http://${HOST}:${PORT + 2}`), warmups: 5 });
    }
    for (const target of targets) {
      for (let i = 0; i < target.warmups; i++) await get(target);
    }
    // What each answers with (the whole body: for ours the HTML with its inline RSC payload).
    for (const target of targets) {
      const body = (await request(target.url, { jar: target.jar, timeoutMs: TIMEOUT_MS })).body;
      console.log(`${target.name.padEnd(6)} ${Buffer.byteLength(body)} bytes, ${gzipSync(body).length} gzipped`);
    }
    const loadBefore = os.loadavg();
    const medians = new Map(targets.map((target) => [target.name, [] as number[]]));
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const samples: number[] = [];
        for (let i = 0; i < perRound; i++) samples.push(await get(target));
        medians.get(target.name)!.push(median(samples));
      }
    }
    const loadAfter = os.loadavg();
    const ratio = (a: string, b: string) => median(medians.get(a)!.map((value, i) => value / medians.get(b)![i]));
    console.log(`\n${values.path}: ${rounds} alternating rounds of ${perRound} requests each (median of each round's median)`);
    for (const target of targets) console.log(`${target.name.padEnd(6)} ${median(medians.get(target.name)!).toFixed(1)} ms  ${target.url}`);
    console.log(`ours / floor ${ratio("ours", "floor").toFixed(2)}`);
    if (withPeer) console.log(`ours / peer  ${ratio("ours", "peer").toFixed(2)}`);
    console.log(`load average before ${loadBefore.map((v) => v.toFixed(2)).join(" ")}, after ${loadAfter.map((v) => v.toFixed(2)).join(" ")} (${os.cpus().length} cores)`);
  } finally {
    for (const server of servers) await server.stop();
  }
}

async function get(target: Target): Promise<number> {
  const answer = await request(target.url, { jar: target.jar, timeoutMs: TIMEOUT_MS });
  if (answer.status !== 200) throw new Error(`${target.name}: GET ${target.url} answered ${answer.status}`);
  return answer.ms;
}

/** Django admin sign-in: the login form's CSRF token, then the form post; the jar keeps sessionid. */
async function peerSignIn(baseUrl: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const form = await request(`${baseUrl}/admin/login/`, { jar, timeoutMs: TIMEOUT_MS });
  const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(form.body)?.[1];
  if (!token) throw new Error("peer: no CSRF token on /admin/login/");
  await request(`${baseUrl}/admin/login/`, {
    method: "POST",
    jar,
    form: { csrfmiddlewaretoken: token, username: "admin", password: process.env.PEER_PASSWORD ?? "peer-bench-password", next: "/admin/" },
    timeoutMs: TIMEOUT_MS,
  });
  if (!jar.has("sessionid")) throw new Error("peer: sign-in failed (run its ./bench.sh once: it sets the admin password)");
  return jar;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`bench:ratios failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
