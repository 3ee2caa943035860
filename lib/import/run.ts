// Runs a started import in batches of 1,000 rows: new customers created (createCustomersInBatch),
// existing ones updated or skipped, each with its audit row naming the import, and one
// `customers.imported` row for the job. A batch is a few multi-row statements, not a few per row.
// "valid" mode commits batch by batch; "all" mode runs every batch in one transaction and starts
// only if no row has a problem.
import { diffFields } from "../audit/diff";
import { writeAuditLog, writeAuditLogs, type AuditActor, type AuditEntry } from "../audit/write-audit-log";
import { createCustomersInBatch } from "../customers/create-many";
import { buildNameSort, buildSearchText } from "../customers/search-text";
import { updateRowsById, type Value } from "../db/bulk-write";
import { getDb, type Tx } from "../db/client";
import { claimCustomerVersions } from "../versions/claim-versions";
import { recomputeWarningsOf } from "../warnings/recompute-all";
import type { PlannedRow } from "./existing";
import { IMPORT_FIELDS } from "./mapping";
import { reviewImport } from "./review";

export const IMPORT_BATCH_SIZE = 1000;
// One batch of 1,000 new customers takes well under a second; the whole file in "all" mode
// needs far more than Prisma's 5 s default.
const BATCH_TIMEOUT_MS = 60_000;
const WHOLE_FILE_TIMEOUT_MS = 600_000;

type Counts = { created: number; updated: number; skipped: number };

/** The actor as audit rows show it: "bree@example.com via import #12". */
export function importActor(actor: AuditActor, jobId: number): AuditActor {
  return { id: actor.id, label: `${actor.label} via import #${jobId}` };
}

/** Updates the matched customers with the file's non-empty cells; unchanged ones count as skipped.
 * The same writes as updateCustomer (columns, search text, warnings, a diffed audit row), as a
 * few multi-row statements for the whole batch. */
async function updateBatch(tx: Tx, rows: PlannedRow[], actor: AuditActor, now: Date): Promise<{ updated: number; skipped: number }> {
  if (rows.length === 0) return { updated: 0, skipped: 0 };
  const fields = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, true])) as Record<(typeof IMPORT_FIELDS)[number], true>;
  const before = await tx.customer.findMany({ where: { id: { in: rows.map((row) => row.existingId!) } }, select: { id: true, version: true, ...fields } });
  const byId = new Map(before.map((customer) => [customer.id, customer]));
  const updatedAt = new Date();
  let updates: { id: number; values: Record<string, Value> }[] = [];
  let audit: AuditEntry[] = [];
  for (const row of rows) {
    const current = byId.get(row.existingId!);
    if (!current) continue; // deleted since the review: skipped
    const currentFields = Object.fromEntries(Object.keys(row.input).map((key) => [key, current[key as keyof typeof current]]));
    const changes = diffFields(currentFields, row.input);
    if (Object.keys(changes).length === 0) continue;
    const merged = { ...current, ...row.input };
    // Only what changed, so each statement's CASE lists stay short.
    const values: Record<string, Value> = Object.fromEntries(Object.keys(changes).map((field) => [field, merged[field as keyof typeof merged]]));
    updates.push({ id: current.id, values: { ...values, nameSort: buildNameSort(merged.name), searchText: buildSearchText(merged), updatedAt } });
    audit.push({ event: "customer.updated", actor, entityType: "customer", entityId: current.id, customerId: current.id, changes, version: current.version + 1 });
  }
  // Only customers still at the version read are written (decision 029); one changed meanwhile
  // keeps its newer change and counts as skipped.
  const claimed = await claimCustomerVersions(tx, updates.map((update) => ({ id: update.id, version: byId.get(update.id)!.version })));
  updates = updates.filter((update) => claimed.has(update.id));
  audit = audit.filter((entry) => claimed.has(Number(entry.entityId)));
  await updateRowsById(tx, "Customer", updates);
  await recomputeWarningsOf(tx, updates.map((update) => update.id), now);
  await writeAuditLogs(tx, audit);
  return { updated: updates.length, skipped: rows.length - updates.length };
}

async function writeBatch(tx: Tx, batch: PlannedRow[], update: boolean, actor: AuditActor, now: Date): Promise<Counts> {
  const newRows = batch.filter((row) => row.existingId === null).map((row) => row.input);
  const created = (await createCustomersInBatch(tx, newRows, { origin: "import", actor, now })).length;
  const existing = batch.filter((row) => row.existingId !== null);
  const result = update ? await updateBatch(tx, existing, actor, now) : { updated: 0, skipped: existing.length };
  return { created, ...result };
}

/** Records how many rows are done, for the progress bar. Always with a narrow select: a plain
 * update would read the stored file back. SQLite rewrites the whole row, file (up to 20 MB)
 * included, so this runs at most once a second (every batch cost 1.5 s per 100,000 rows). */
async function recordProgress(tx: Tx, jobId: number, processed: number) {
  await tx.importJob.update({ where: { id: jobId }, data: { processed }, select: { id: true } });
}

const PROGRESS_EVERY_MS = 1_000;

async function finish(tx: Tx, jobId: number, fileName: string, counts: Counts & { failed: number }, actor: AuditActor, now: Date, status: "done" | "failed", message: string | null) {
  const processed = counts.created + counts.updated + counts.skipped + counts.failed;
  await tx.importJob.update({ where: { id: jobId }, data: { ...counts, processed, status, message, finishedAt: now }, select: { id: true } });
  await writeAuditLog(tx, { event: "customers.imported", actor, entityType: "import_job", entityId: jobId, changes: { fileName, status, ...counts } });
}

/** Runs a job already marked "running". Never throws: a failure marks the job failed with its
 * message (rows of batches committed before it stay, and are counted). */
export async function executeImport(jobId: number, userActor: AuditActor, now = new Date()): Promise<void> {
  const db = getDb();
  const actor = importActor(userActor, jobId);
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  const counts: Counts = { created: 0, updated: 0, skipped: 0 };
  let failed = 0;
  try {
    if (job.status !== "running") throw new Error(`Import ${jobId} is ${job.status}, not running`);
    const review = await reviewImport(job);
    failed = review.counts.invalid;
    if (job.invalidRows === "all" && review.counts.invalid > 0) {
      const message = `Nothing was imported: ${review.counts.invalid.toLocaleString("en-US")} ${review.counts.invalid === 1 ? "row has" : "rows have"} problems. Fix the file and upload it again, or import only the valid rows.`;
      await db.$transaction((tx) => finish(tx, jobId, job.fileName, { ...counts, failed }, actor, new Date(), "failed", message));
      return;
    }
    const update = job.existingRows === "update";
    const batches: PlannedRow[][] = [];
    for (let i = 0; i < review.planned.length; i += IMPORT_BATCH_SIZE) batches.push(review.planned.slice(i, i + IMPORT_BATCH_SIZE));
    const add = (part: Counts) => {
      counts.created += part.created;
      counts.updated += part.updated;
      counts.skipped += part.skipped;
    };
    if (job.invalidRows === "all") {
      // One transaction: others see nothing of it, progress included, until it commits.
      await db.$transaction(
        async (tx) => {
          for (const batch of batches) add(await writeBatch(tx, batch, update, actor, now));
          await finish(tx, jobId, job.fileName, { ...counts, failed }, actor, new Date(), "done", null);
        },
        { timeout: WHOLE_FILE_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
      );
    } else {
      let processed = failed;
      let progressAt = performance.now();
      for (const batch of batches) {
        processed += batch.length;
        const progressDue = performance.now() - progressAt >= PROGRESS_EVERY_MS;
        const part = await db.$transaction(
          async (tx) => {
            const written = await writeBatch(tx, batch, update, actor, now);
            if (progressDue) await recordProgress(tx, jobId, processed);
            return written;
          },
          { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
        );
        add(part);
        if (progressDue) progressAt = performance.now();
      }
      await db.$transaction((tx) => finish(tx, jobId, job.fileName, { ...counts, failed }, actor, new Date(), "done", null));
    }
  } catch (error) {
    console.error(`Import ${jobId} failed`, error);
    const message =
      job.invalidRows === "all"
        ? "The import failed and nothing was imported. Please try again."
        : "The import stopped part-way: the counts show the rows imported before it stopped. Please try again with the same file; rows already imported are matched, not duplicated.";
    await db
      .$transaction((tx) => finish(tx, jobId, job.fileName, { ...(job.invalidRows === "all" ? { created: 0, updated: 0, skipped: 0 } : counts), failed }, actor, new Date(), "failed", message))
      .catch((finishError) => console.error(`Import ${jobId}: could not record the failure`, finishError));
  }
}
