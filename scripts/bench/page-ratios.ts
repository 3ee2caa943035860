// `npm run bench:page-ratios`: the customer page and each of its tabs against the bare Next.js page
// (the floor of `npm run bench:ratios`), in one session, in alternating rounds (floor, page, tab 1,
// ..., floor, page, ...), so a machine whose speed drifts moves them all alike. Prints each path's
// median and its median ratio to the floor of the same round (issue 17: at most 1.5x), and the
// server's CPU time per request (from /proc) against the floor's: the figure that holds on a busy machine.
//
//   npm run bench:page-ratios                         customer 164, all tabs; tmp/bench.db and a build
//   npm run bench:page-ratios -- --rounds 15 --customer 164 --dist .next-bench
//
// Ours: scripts/serve.mjs (WEB_CONCURRENCY=1 unless set: one process, as the floor) on BENCH_PORT.
// Floor: the bare page of `npm run bench:ratios` (FLOOR_DIR, default $TMPDIR/console-bench-floor,
// built here when missing) on BENCH_PORT+1. Each request: a new connection, the whole body; signed in as support.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { BENCH_DIST_DIR, HOST, PORT, SIGN_IN } from "./config";
import { CookieJar, request, signIn } from "./http";
import { answers, consoleServer, ensureFloorBuild, floorServer } from "./side-by-side";

const TIMEOUT_MS = 30_000;
const TABS = ["", "/accounts", "/stats", "/scanners", "/contracts", "/locations", "/assets", "/assets-owned", "/projects", "/subscriptions", "/orders", "/users", "/settings"];

type Target = { name: string; url: string; jar?: CookieJar };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "10" },
      "per-round": { type: "string", default: "5" },
      customer: { type: "string", default: "164" },
      dist: { type: "string", default: BENCH_DIST_DIR },
      warmups: { type: "string", default: "40" },
    },
  });
  const rounds = Math.min(50, Math.max(1, Number(values.rounds) || 10));
  const perRound = Math.min(30, Math.max(1, Number(values["per-round"]) || 5));
  const warmups = Math.min(500, Math.max(0, Number(values.warmups) || 0));
  const customerId = Number(values.customer);
  if (!Number.isInteger(customerId) || customerId < 1) throw new Error(`--customer must be a customer id, not ${values.customer}`);
  if (!existsSync(`${values.dist}/BUILD_ID`)) throw new Error(`No build in ${values.dist}: NEXT_DIST_DIR=${values.dist} npx next build`);
  await ensureFloorBuild();

  const ours = consoleServer(PORT, values.dist!, { WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1" });
  const floor = floorServer(PORT + 1);
  const servers = [ours, floor];
  process.once("exit", () => servers.forEach((server) => server.killNow()));
  try {
    for (const server of servers) server.start();
    await ours.waitUntilReady(answers(`http://${HOST}:${PORT}/api/auth/csrf`), 90_000);
    await floor.waitUntilReady(answers(`http://${HOST}:${PORT + 1}/`), 90_000);
    const jar = await signIn(`http://${HOST}:${PORT}`, SIGN_IN.email, SIGN_IN.password, TIMEOUT_MS);
    const targets: Target[] = [
      { name: "floor", url: `http://${HOST}:${PORT + 1}/` },
      ...TABS.map((tab) => ({ name: `/customers/${customerId}${tab}`, url: `http://${HOST}:${PORT}/customers/${customerId}${tab}`, jar })),
    ];
    for (let i = 0; i < warmups; i++) for (const target of targets) await get(target);
    const loadBefore = os.loadavg();
    const medians = new Map(targets.map((target) => [target.name, [] as number[]]));
    const cpu = new Map(targets.map((target) => [target.name, 0]));
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const group = target.name === "floor" ? floor.pid : ours.pid;
        const samples: number[] = [];
        const cpuBefore = groupCpuMs(group);
        for (let i = 0; i < perRound; i++) samples.push(await get(target));
        cpu.set(target.name, cpu.get(target.name)! + groupCpuMs(group) - cpuBefore);
        medians.get(target.name)!.push(median(samples));
      }
    }
    const loadAfter = os.loadavg();
    const floorMedians = medians.get("floor")!;
    const cpuPerRequest = (name: string) => cpu.get(name)! / (rounds * perRound);
    console.log(`\n${rounds} alternating rounds of ${perRound} requests each (median of each round's median), ${values.dist}`);
    console.log(`${"".padEnd(34)} ${"wall".padStart(9)} ${"x floor".padStart(8)} ${"server CPU".padStart(12)} ${"x floor".padStart(8)}`);
    for (const target of targets) {
      const mine = medians.get(target.name)!;
      const ratio = median(mine.map((value, i) => value / floorMedians[i]));
      const cpuRatio = cpuPerRequest(target.name) / cpuPerRequest("floor");
      console.log(`${target.name.padEnd(34)} ${median(mine).toFixed(1).padStart(6)} ms ${ratio.toFixed(2).padStart(8)} ${cpuPerRequest(target.name).toFixed(1).padStart(9)} ms ${cpuRatio.toFixed(2).padStart(8)}`);
    }
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

/** CPU time (user + system) of every process in a process group (the server, its workers), in ms,
 * from /proc: robust where wall time is not, on a machine that others load. */
function groupCpuMs(group: number | undefined): number {
  if (group === undefined) return 0;
  const tick = 1000 / 100; // USER_HZ
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`bench:page-ratios failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
