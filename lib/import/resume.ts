// Import jobs outlive the instance that started them: every instance, when it starts and then
// every SWEEP_MS, claims the validating or running jobs whose lease ran out (their instance
// stopped) and continues them; a job interrupted MAX_ATTEMPTS times is marked failed instead, with
// a retry on its page, so no job stays "running" for ever (decision 032).
import { getDb } from "../db/client";
import { claimJob, INSTANCE_ID } from "./lease";
import { executeImport } from "./run";
import { validateImportJob } from "./validate-job";

export const SWEEP_MS = 30_000;
export const MAX_ATTEMPTS = 3;

const GAVE_UP = "The import was interrupted several times (its server stopped) and was not finished. Try again; rows already imported are not imported twice.";

/** Claims every abandoned job and runs it, or fails it after too many attempts. Returns the runs
 * it started (awaited by tests; the server lets them run). */
export async function resumeImportJobs(owner = INSTANCE_ID, now = new Date()): Promise<Promise<void>[]> {
  const db = getDb();
  const abandoned = await db.importJob.findMany({
    where: { status: { in: ["validating", "running"] }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    select: { id: true, status: true, attempts: true, createdBy: { select: { id: true, email: true } } },
    orderBy: { id: "asc" },
  });
  const runs: Promise<void>[] = [];
  for (const job of abandoned) {
    const status = job.status as "validating" | "running";
    if (!(await claimJob(job.id, status, owner, now))) continue; // another instance was quicker
    if (job.attempts >= MAX_ATTEMPTS) {
      await db.importJob.updateMany({
        where: { id: job.id, leaseOwner: owner },
        data: { status: "failed", message: GAVE_UP, leaseOwner: null, leaseUntil: null, finishedAt: new Date() },
      });
      continue;
    }
    console.log(`Import ${job.id}: resuming its ${status === "validating" ? "validation" : "run"} (attempt ${job.attempts + 1})`);
    runs.push(status === "validating" ? validateImportJob(job.id, owner) : executeImport(job.id, { id: job.createdBy.id, label: job.createdBy.email }, { owner }));
  }
  return runs;
}

let sweeping: ReturnType<typeof setInterval> | null = null;

/** The server's start hook (instrumentation.ts): a sweep now and every SWEEP_MS. */
export function startImportJobSweeper(): void {
  if (sweeping) return;
  const sweep = () => void resumeImportJobs().catch((error) => console.error("Import jobs: could not resume", error));
  sweep();
  sweeping = setInterval(sweep, SWEEP_MS);
  sweeping.unref();
}
