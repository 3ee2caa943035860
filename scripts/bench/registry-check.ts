// Benchmark (standalone, not a suite: it needs no app server and no 100,000-customer database):
// the registry check of 10,000 customers against the local stub, the rate limit lifted.
//   BENCH_PORT=3240 node --expose-gc --import tsx scripts/bench/registry-check.ts [--customers 10000] [--runs 5]
// Builds tmp/bench-registry.db (10,000 paying Norwegian customers with valid organisation
// numbers, 1 % of them with a wrong check digit, 1 % bankrupt in the stub), starts the stub in a
// child process, then runs `runRegistryCheck` in this process several times: run 1 stores every
// first answer, later runs re-check everyone. Prints a markdown section for docs/benchmarks.md.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";

const DB_FILE = "tmp/bench-registry.db";
process.env.DATABASE_URL = `file:./${DB_FILE}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const { values } = parseArgs({ options: { customers: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } } });
  const count = Number(values.customers);
  const runs = Number(values.runs);
  const port = Number(process.env.BENCH_PORT ?? 3200);

  mkdirSync("tmp", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });

  const { getDb } = await import("../../lib/db/client");
  const { mod11CheckDigit } = await import("../../lib/registry/organisation-number");
  const { createBrregStatusClient } = await import("../../lib/registry-check/brreg-client");
  const { createRateLimiter } = await import("../../lib/registry-check/rate-limiter");
  const { runRegistryCheck } = await import("../../lib/registry-check/run-check");

  // Valid numbers from 811000000 up; every 100th gets a wrong check digit (a skip), and every
  // 100th (offset 50) is the stub's recorded bankruptcy, so runs have findings to store.
  const rows = [];
  let prefix = 81_100_000;
  for (let i = 0; rows.length < count; prefix += 1) {
    const check = mod11CheckDigit(String(prefix));
    if (check === null) continue;
    const wrong = i % 100 === 0;
    const organisationNumber = i % 100 === 50 ? "922000115" : `${prefix}${wrong ? (check + 1) % 10 : check}`;
    const name = `Bench Kunde ${i}`;
    rows.push({ name, nameSort: name.toLowerCase(), searchText: name.toLowerCase(), status: "paying", country: "NO", organisationNumber, billingEmail: "b@example.com" });
    i += 1;
  }
  const db = getDb();
  for (let i = 0; i < rows.length; i += 1000) await db.customer.createMany({ data: rows.slice(i, i + 1000) });

  const stub = spawn("npx", ["tsx", "scripts/bench/registry-stub-server.ts", String(port)], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    stub.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    stub.once("exit", () => reject(new Error("The stub exited before it was ready")));
  });

  const lines: string[] = [];
  try {
    for (let run = 1; run <= runs; run += 1) {
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const client = createBrregStatusClient({ baseUrl: `http://127.0.0.1:${port}`, limiter: createRateLimiter(Infinity) });
      // Time spent waiting for the registry (HTTP and parsing), apart from storing the answers.
      let registryMs = 0;
      const source = {
        get requests() {
          return client.requests;
        },
        async lookUp(numbers: readonly string[]) {
          const started = performance.now();
          const answers = await client.lookUp(numbers);
          registryMs += performance.now() - started;
          return answers;
        },
      };
      const summary = await runRegistryCheck(db, source, {
        limit: count,
        onBatch: () => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)),
      });
      global.gc?.();
      const rssAfter = process.memoryUsage().rss;
      const heapAfter = process.memoryUsage().heapUsed;
      lines.push(
        `| ${run} | ${summary.seconds.toFixed(1)} s | ${(registryMs / 1000).toFixed(1)} s | ${summary.requests} | ${(summary.requests / summary.seconds).toFixed(1)} | ` +
          `${((summary.checked + summary.failed) / summary.seconds).toFixed(0)} | ${summary.checked} / ${summary.changed} / ${summary.failed} / ${summary.skipped} | ` +
          `${mb(rssBefore)} → ${mb(rssAfter)} (peak ${mb(rssPeak)}) | ${mb(heapAfter)} |`,
      );
      console.error(`run ${run}: ${summary.seconds.toFixed(1)} s, ${summary.requests} requests`);
    }
  } finally {
    try {
      process.kill(-stub.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await db.$disconnect();
  }
  console.log(
    [
      `| run | time | of which registry | requests | requests/s | customers/s | checked / changed / failed / skipped | RSS before → after | heap after GC |`,
      `| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |`,
      ...lines,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
