// scripts/serve.mjs: the production start on several processes. The worker count rule, and with a
// stand-in for Next in each worker: two workers answer on one port, and a worker that dies is
// replaced. Waits are bounded by a number of tries; nothing here asserts a duration.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { workerCount } from "../../scripts/serve.mjs";

describe("workerCount", () => {
  it("uses the core count, capped at 8, unless WEB_CONCURRENCY says otherwise", () => {
    expect(workerCount({}, 2)).toBe(2);
    expect(workerCount({}, 64)).toBe(8);
    expect(workerCount({ WEB_CONCURRENCY: "1" }, 2)).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: " 3 " }, 2)).toBe(3);
  });

  it("refuses a WEB_CONCURRENCY that is not a whole number from 1 to 8", () => {
    for (const bad of ["0", "9", "two", "1.5", "-1"]) expect(() => workerCount({ WEB_CONCURRENCY: bad }, 2)).toThrow(/WEB_CONCURRENCY/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The pid of the worker that answered, or null while nothing listens. */
function answeringPid(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(Number(body)));
    });
    request.on("error", () => resolve(null));
    request.setTimeout(2_000, () => request.destroy());
  });
}

/** Asks until `enough` distinct pids have answered (at most `tries` requests). */
async function pidsAnswering(port: number, enough: number, tries = 200): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < tries && pids.size < enough; i++) {
    const pid = await answeringPid(port);
    if (pid) pids.add(pid);
    else await sleep(50);
  }
  return pids;
}

let primary: ChildProcess | null = null;
afterEach(() => {
  primary?.kill("SIGTERM");
  primary = null;
});

describe("scripts/serve.mjs", () => {
  it("answers from two workers and replaces one that dies", async () => {
    const port = await freePort();
    primary = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port)], {
      env: { ...process.env, WEB_CONCURRENCY: "2", SERVE_WORKER_BIN: path.resolve("tests/serve/fake-next.cjs") },
      stdio: "ignore",
    });
    const first = await pidsAnswering(port, 2);
    expect(first.size).toBe(2);

    const [victim] = first;
    process.kill(victim, "SIGKILL");
    // The survivor and a new worker answer; the dead one never again.
    const after = new Set<number>();
    for (let i = 0; i < 40 && ![...after].some((pid) => !first.has(pid)); i++) {
      for (const pid of await pidsAnswering(port, 2, 20)) after.add(pid);
    }
    expect(after.has(victim)).toBe(false);
    expect([...after].some((pid) => !first.has(pid))).toBe(true);
  }, 60_000);
});
