// Suite "recompute": `npm run db:recompute-warnings` at 100,000 customers, end to end (npm, tsx,
// Prisma's start-up and the work), on a copy of tmp/bench.db so the list views' data never changes.
//   run 1, stale: every stored warning deleted, every flag cleared and every risk score reset
//          first, so the script writes all of them again (the worst case: data loaded outside the app);
//   run 2, nothing to change: the daily run on a database the app keeps up to date.
//
//   npm run bench -- --suite recompute
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { nowMs } from "./stats";
import type { Suite } from "./suites";

const COPY_FILE = "tmp/bench-recompute.db";
// The command as run daily (package.json: node with tsx's loader, one process, no tsx CLI child).
const COMMAND = ["npm", "run", "--silent", "db:recompute-warnings"];
const TIME_LIMIT_MS = 5 * 60_000;
/** The goal for a full recompute of 100,000 customers (issue 3). */
const TARGET_SECONDS = 10;

type Run = { label: string; wallSeconds: number; output: string };

/** Runs the script with its output captured; kills its process group past the time limit. */
function runScript(env: Record<string, string>): Promise<{ seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(COMMAND[0], COMMAND.slice(1), { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, TIME_LIMIT_MS);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const seconds = (nowMs() - started) / 1000;
      if (code === 0) resolve({ seconds, output: output.trim() });
      else reject(new Error(`${COMMAND.join(" ")} ${signal ? `was killed (${signal})` : `exited with ${code}`}:\n${output}`));
    });
  });
}

function warningCounts(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT "rule", COUNT(*) AS "n" FROM "CustomerWarning" GROUP BY "rule" ORDER BY "rule"`).all() as Array<{ rule: string; n: number }>;
    return new Map(rows.map((row) => [row.rule, row.n]));
  } finally {
    db.close();
  }
}

/** Customers per stored risk level: the stale run must give them all back. */
function riskLevelCounts(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT "riskLevel" AS "level", COUNT(*) AS "n" FROM "Customer" GROUP BY "riskLevel"`).all() as Array<{ level: string; n: number }>;
    return new Map(rows.map((row) => [row.level, row.n]));
  } finally {
    db.close();
  }
}

export const recomputeSuite: Suite = {
  name: "recompute",
  async run({ dbFile }) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${COPY_FILE}${suffix}`, { force: true });
    // A consistent copy through SQLite's backup API (the server may hold the original open).
    const source = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(COPY_FILE);
    } finally {
      source.close();
    }
    const copy = new Database(COPY_FILE, { fileMustExist: true });
    try {
      copy.exec(`DELETE FROM "CustomerWarning"; UPDATE "Customer" SET "hasWarnings" = 0, "riskScore" = 0, "riskLevel" = 'low', "riskFindings" = '[]';`);
    } finally {
      copy.close();
    }

    const env = { DATABASE_URL: `file:./${COPY_FILE}` };
    const runs: Run[] = [];
    for (const label of ["stale: all warnings and risk scores reset", "nothing to change"]) {
      const { seconds, output } = await runScript(env);
      const line = output.split("\n").find((text) => text.startsWith("Recomputed")) ?? output;
      console.log(`${label}: ${seconds.toFixed(2)} s end to end; ${line}`);
      runs.push({ label, wallSeconds: seconds, output: line });
    }

    const seeded = warningCounts(dbFile);
    const recomputed = warningCounts(COPY_FILE);
    const rules = [...new Set([...seeded.keys(), ...recomputed.keys()])].sort();
    const out: string[] = [];
    out.push("## Recompute warnings (`npm run db:recompute-warnings`) at 100,000 customers");
    out.push("");
    out.push(`On a copy of ${dbFile} (${COPY_FILE}); \`${env.DATABASE_URL.replace("file:./", "DATABASE_URL=file:./")} ${COMMAND.join(" ")}\`, timed end to end.`);
    out.push("");
    out.push(`| run | end to end s | the script's own report | <= ${TARGET_SECONDS} s |`);
    out.push("| --- | --- | --- | --- |");
    for (const run of runs) out.push(`| ${run.label} | ${run.wallSeconds.toFixed(2)} | ${run.output} | ${run.wallSeconds <= TARGET_SECONDS ? "yes" : "**no**"} |`);
    out.push("");
    out.push("| rule | seeded | recomputed |");
    out.push("| --- | --- | --- |");
    for (const rule of rules) out.push(`| ${rule} | ${seeded.get(rule) ?? 0} | ${recomputed.get(rule) ?? 0} |`);
    out.push("");
    out.push("(The seed evaluates the rules at its own time: counts of time-based rules can differ by the days since seeding.)");
    const seededRisk = riskLevelCounts(dbFile);
    const recomputedRisk = riskLevelCounts(COPY_FILE);
    out.push("");
    out.push("| risk level | seeded | recomputed |");
    out.push("| --- | --- | --- |");
    for (const level of ["low", "medium", "high", "critical"]) out.push(`| ${level} | ${seededRisk.get(level) ?? 0} | ${recomputedRisk.get(level) ?? 0} |`);
    return out.join("\n");
  },
};
