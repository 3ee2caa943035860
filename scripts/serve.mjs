// The production server on every core: a node:cluster primary forks WEB_CONCURRENCY workers
// (default: the core count, at most 8), each running exactly `next start` with the arguments given
// here; they share one listening port and the kernel hands each connection to one of them. The app
// keeps no state in the process (JWT sessions; sign-in throttle, jobs and audit in the database),
// so any worker can answer any request (docs/decisions/026-process-model.md).
//
//   node scripts/serve.mjs -p 3000            what `npm start` and `npm run serve` run
//   WEB_CONCURRENCY=1 node scripts/serve.mjs  one process, as plain `next start`
//
// A worker that dies (a non-zero exit or a signal) is replaced; one that dies within CRASH_WINDOW_MS of its start counts as a
// crash, and after MAX_CRASHES crashes in a row the whole server stops (a broken build or database
// would otherwise be restarted forever). SIGTERM/SIGINT stop the workers, then the primary.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";

const MAX_WORKERS = 8;
const CRASH_WINDOW_MS = 10_000;
const MAX_CRASHES = 5;
const STOP_GRACE_MS = 10_000;

/** WEB_CONCURRENCY when it is a whole number from 1 to MAX_WORKERS, else the core count (capped). */
export function workerCount(env = process.env, cores = availableParallelism()) {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (raw) {
    const wanted = Number(raw);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_WORKERS) {
      throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WORKERS}, not "${raw}"`);
    }
    return wanted;
  }
  return Math.max(1, Math.min(cores, MAX_WORKERS));
}

function runPrimary() {
  let count;
  try {
    count = workerCount();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  let stopping = false;
  let crashes = 0;
  const startedAt = new Map();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());

  console.log(`> ${count} worker process${count === 1 ? "" : "es"} (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? "unset"}, ${availableParallelism()} cores)`);
  for (let i = 0; i < count; i++) fork();

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    // A clean exit (Next stops with code 0 on SIGINT/SIGTERM, e.g. Ctrl-C reaching the whole
    // process group a moment before the primary's own handler) is a stop, not a crash.
    if (stopping || code === 0) {
      if (!stopping) stop(0);
      else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    crashes = lived < CRASH_WINDOW_MS ? crashes + 1 : 0;
    console.error(`> worker ${worker.process.pid} exited (${signal ?? `code ${code}`}) after ${Math.round(lived / 1000)} s`);
    if (crashes >= MAX_CRASHES) {
      console.error(`> ${crashes} workers died within ${CRASH_WINDOW_MS / 1000} s of starting; stopping.`);
      stop(1);
      return;
    }
    fork();
  });

  function stop(exitCode = 0) {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker?.process.kill("SIGTERM");
    // A worker stuck in a request does not hold the stop up for ever.
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode);
    }, STOP_GRACE_MS).unref();
    process.exitCode = exitCode;
  }
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
}

function runWorker() {
  // Exactly what `next start <args>` runs, in this process; listen() on a cluster worker shares
  // the primary's socket. SERVE_WORKER_BIN replaces Next for tests/serve/serve.test.ts only.
  const require = createRequire(import.meta.url);
  const nextBin = process.env.SERVE_WORKER_BIN || require.resolve("next/dist/bin/next");
  process.argv = [process.argv[0], nextBin, "start", ...process.argv.slice(2)];
  require(nextBin);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (cluster.isPrimary) runPrimary();
  else runWorker();
}
