// The review's work, done once per mapping in the background (not in a request): the stored file
// is parsed, every row checked and matched against existing customers, and each row's result
// stored (ImportRow) with the counts on the job. Chunks of rows, each ending with a yield to the
// event loop, so requests the same process serves do not wait behind it (decision 032).
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { getDb } from "../db/client";
import { insertRows, type Value } from "../db/bulk-write";
import { matchExisting } from "./existing";
import { INSTANCE_ID, LeaseLostError, renewLease } from "./lease";
import { readImportFile } from "./read-file";
import { readStoredFile } from "./file-data";
import { parseStoredMapping } from "./review";
import { IMPORT_ROW_COLUMNS, problemRowValues, validRowValues } from "./stored-rows";
import { createRowValidator, type RowIssue, type ValidRow } from "./validate";

// Small enough that one chunk's work (checks, a match, an INSERT: all synchronous on SQLite, whose
// driver answers without giving the event loop a turn) is a short pause for other requests.
export const VALIDATION_CHUNK = 250;
const PROGRESS_EVERY_MS = 1_000;

/** Validates a job in "validating" held by `owner`, then moves it to "review". Never throws: a
 * failure marks the job failed (with a retry), and a lost lease leaves it to its new owner. */
export async function validateImportJob(jobId: number, owner = INSTANCE_ID): Promise<void> {
  const db = getDb();
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true, leaseOwner: true, fileName: true, mapping: true } });
  if (!job || job.status !== "validating" || job.leaseOwner !== owner) return;
  try {
    const table = await readImportFile(job.fileName, await readStoredFile(jobId));
    const check = createRowValidator(table.headers, parseStoredMapping(job.mapping));
    // A run that stopped part-way starts again from the first row (it takes seconds).
    await db.importRow.deleteMany({ where: { jobId } });
    const counts = { valid: 0, problems: 0, existing: 0 };
    let progressAt = performance.now();
    for (let start = 0; start < table.rows.length; start += VALIDATION_CHUNK) {
      const chunk = table.rows.slice(start, start + VALIDATION_CHUNK);
      const valid: ValidRow[] = [];
      const problems = new Map<number, { cells: string[]; issues: RowIssue[] }>();
      chunk.forEach((cells, offset) => {
        const result = check(cells, start + offset);
        if (result.valid) valid.push(result.valid);
        else problems.set(result.issues[0].row, { cells, issues: result.issues });
      });
      await yieldToEventLoop();
      const matched = await matchExisting(db, valid);
      for (const issue of matched.issues) problems.set(issue.row, { cells: table.rows[issue.row - 2], issues: [issue] });
      const values: Value[][] = [
        ...matched.planned.map((row) => validRowValues(jobId, row, row.existingId)),
        ...[...problems].map(([row, problem]) => problemRowValues(jobId, row, problem.cells, problem.issues)),
      ];
      counts.valid += matched.planned.length;
      counts.problems += problems.size;
      counts.existing += matched.planned.filter((row) => row.existingId !== null).length;
      const validated = Math.min(table.rows.length, start + VALIDATION_CHUNK);
      const progressDue = performance.now() - progressAt >= PROGRESS_EVERY_MS;
      await db.$transaction(async (tx) => {
        await insertRows(tx, "ImportRow", IMPORT_ROW_COLUMNS, values);
        // The progress write renews the lease; SQLite rewrites the job's row (file included), so
        // at most once a second.
        if (progressDue && !(await renewLease(tx, jobId, owner, { validated }))) throw new LeaseLostError(jobId);
      });
      if (progressDue) progressAt = performance.now();
      await yieldToEventLoop();
    }
    const { count } = await db.importJob.updateMany({
      where: { id: jobId, leaseOwner: owner },
      data: {
        status: "review",
        validated: table.rows.length,
        validCount: counts.valid,
        problemCount: counts.problems,
        newCount: counts.valid - counts.existing,
        existingCount: counts.existing,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (count === 0) throw new LeaseLostError(jobId);
  } catch (error) {
    if (error instanceof LeaseLostError) return;
    console.error(`Import ${jobId}: validation failed`, error);
    await db.importJob
      .updateMany({
        where: { id: jobId, leaseOwner: owner },
        data: { status: "failed", message: "Checking the file's rows failed. Try again.", leaseOwner: null, leaseUntil: null, finishedAt: new Date() },
      })
      .catch((finishError) => console.error(`Import ${jobId}: could not record the failure`, finishError));
  }
}
