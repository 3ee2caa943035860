// How long a 100,000-row import's review holds up the process that computes it: the background
// validation (lib/import/validate-job.ts) of the benchmark's CSV (scripts/bench/import.ts), run
// in this process while a timer measures the event loop's delay (what any other request served by
// this process would wait), then the review page's read of the stored results.
//
//   DATABASE_URL=file:./tmp/load-stall.db npx tsx scripts/load/import-stall.ts   (a copy of tmp/bench.db)
import { monitorEventLoopDelay } from "node:perf_hooks";
import { getStaffUserSession } from "../../lib/auth/staff";
import { getDb } from "../../lib/db/client";
import { createImportJob, saveImportMapping } from "../../lib/import/jobs";
import { suggestMapping } from "../../lib/import/mapping";
import { listImportProblems } from "../../lib/import/stored-rows";
import { validateImportJob } from "../../lib/import/validate-job";
import { buildCsv } from "../bench/import";
import { nowMs } from "../bench/stats";

async function main() {
  const staff = await getDb().staffUser.findUniqueOrThrow({ where: { email: "bree@example.com" } });
  const user = (await getStaffUserSession(staff.id, staff.sessionVersion))!;
  const job = await createImportJob(user.id, "stall.csv", new TextEncoder().encode(buildCsv()));
  const stored = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, select: { mapping: true } });
  await saveImportMapping(user, job.id, suggestMapping(Object.keys(JSON.parse(stored.mapping))));

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = nowMs();
  await validateImportJob(job.id);
  const seconds = (nowMs() - started) / 1000;
  delay.disable();
  const done = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, validCount: true, problemCount: true, totalRows: true } });

  const reads: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const begun = nowMs();
    await Promise.all([getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, omit: { fileData: true } }), listImportProblems(job.id, 1 + (i % 3))]);
    reads.push(nowMs() - begun);
  }
  reads.sort((a, b) => a - b);
  console.log(JSON.stringify({ rows: done.totalRows, status: done.status, valid: done.validCount, problems: done.problemCount, validationSeconds: +seconds.toFixed(2), eventLoopDelayMaxMs: +(delay.max / 1e6).toFixed(0), eventLoopDelayP99Ms: +(delay.percentile(99) / 1e6).toFixed(0), reviewReadP50Ms: +reads[10].toFixed(1) }));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
