// The servers the side-by-side benchmarks start (bench:ratios, bench:page-ratios, bench:throughput):
// ours from a production build, the bare Next.js floor, and the readiness probe they share.
import { cpSync, existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_DB_URL, HOST, NEXTAUTH_SECRET } from "./config";
import { request } from "./http";
import { run, Server, type Env } from "./processes";

// Outside the project: built inside it, Next also bundles the project's proxy.ts and
// instrumentation.ts into the floor, which is then no longer bare. Webpack, because Turbopack
// refuses a node_modules reached through a symlink outside its root.
export const FLOOR_DIR = process.env.FLOOR_DIR ?? path.join(os.tmpdir(), "console-bench-floor");

/** The floor (scripts/bench/floor: a 50-row table, no data), built into FLOOR_DIR when missing.
 * Its node_modules is a link to this checkout's, made again each time: a floor built from another
 * checkout (since removed) otherwise fails to start with MODULE_NOT_FOUND. */
export async function ensureFloorBuild(): Promise<void> {
  mkdirSync(FLOOR_DIR, { recursive: true });
  const link = `${FLOOR_DIR}/node_modules`;
  const target = path.resolve("node_modules");
  const linked = lstatSync(link, { throwIfNoEntry: false });
  if (linked && !(linked.isSymbolicLink() && readlinkSync(link) === target)) rmSync(link, { recursive: true, force: true });
  if (!linked || !existsSync(link)) symlinkSync(target, link);
  if (existsSync(`${FLOOR_DIR}/.next/BUILD_ID`)) return;
  cpSync("scripts/bench/floor/app", `${FLOOR_DIR}/app`, { recursive: true });
  writeFileSync(`${FLOOR_DIR}/package.json`, '{ "private": true }\n');
  await run(["npx", "next", "build", "--webpack", FLOOR_DIR], {}, 10 * 60_000);
}

export function floorServer(port: number): Server {
  return new Server(["npx", "next", "start", FLOOR_DIR, "-H", HOST, "-p", String(port)], { NODE_ENV: "production" });
}

/** The console from the build in `distDir` on tmp/bench.db, through scripts/serve.mjs. */
export function consoleServer(port: number, distDir: string, env: Env = {}): Server {
  return new Server(["node", "scripts/serve.mjs", "-H", HOST, "-p", String(port)], {
    DATABASE_URL: BENCH_DB_URL, NEXTAUTH_URL: `http://${HOST}:${port}`, NEXTAUTH_SECRET, NEXT_DIST_DIR: distDir, NODE_ENV: "production", ...env,
  });
}

/** For Server.waitUntilReady: `url` answers, and not with a server error. */
export function answers(url: string): () => Promise<boolean> {
  return async () => {
    try {
      return (await request(url, { timeoutMs: 5_000 })).status < 500;
    } catch {
      return false;
    }
  };
}
