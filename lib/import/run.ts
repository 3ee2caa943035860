// Runs a started import in batches of 1,000 rows: new customers created (createCustomersInBatch),
// existing ones updated or skipped, each with its audit row naming the import, and one
// `customers.imported` row for the job. A batch is a few multi-row statements, not a few per row.
// "valid" mode commits batch by batch; "all" mode runs every batch in one transaction and starts
// only if no row has a problem. The rows come from the stored review (ImportRow), each batch
// records its rows' outcomes in its own transaction, so a run that stopped part-way is resumed by
// any instance from the first row without an outcome, never writing a row twice (decision 032).
import { diffFields } from "../audit/diff";
import { writeAuditLog, writeAuditLogs, type AuditActor, type AuditEntry } from "../audit/write-audit-log";
import { createCustomersInBatch } from "../customers/create-many";
import { buildNameSort, buildSearchText } from "../customers/search-text";
import { updateRowsById, type Value } from "../db/bulk-write";
import { getDb, type Tx } from "../db/client";
import { claimCustomerVersions } from "../versions/claim-versions";
import { recomputeWarningsOf } from "../warnings/recompute-all";
import { matchExisting, type PlannedRow } from "./existing";
import { INSTANCE_ID, LEASE_MS, LeaseLostError, renewLease } from "./lease";
import { IMPORT_FIELDS } from "./mapping";
import { parseStoredInput } from "./stored-rows";
import { importKeyOf, type ValidRow } from "./validate";

export const IMPORT_BATCH_SIZE = 1000;
// One batch of 1,000 new customers takes well under a second; the whole file in "all" mode
// needs far more than Prisma's 5 s default.
const BATCH_TIMEOUT_MS = 60_000;
const WHOLE_FILE_TIMEOUT_MS = 600_000;

type Counts = { created: number; updated: number; skipped: number };
type Outcome = "created" | "updated" | "skipped" | "failed";

/** The actor as audit rows show it: "bree@example.com via import #12". */
export function importActor(actor: AuditActor, jobId: number): AuditActor {
  return { id: actor.id, label: `${actor.label} via import #${jobId}` };
}

/** Updates the matched customers with the file's non-empty cells; unchanged ones count as skipped.
 * The same writes as updateCustomer (columns, search text, warnings, a diffed audit row), as a
 * few multi-row statements for the whole batch. */
async function updateBatch(tx: Tx, rows: PlannedRow[], actor: AuditActor, now: Date): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
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
  return new Set(updates.map((update) => update.id));
}

type StoredRow = { id: number; row: ValidRow };

/** Writes one batch of stored valid rows and records each row's outcome with it. Existing
 * customers are matched again here: another import may have created some since the review. */
async function writeBatch(tx: Tx, batch: StoredRow[], update: boolean, actor: AuditActor, now: Date): Promise<void> {
  const { planned, issues } = await matchExisting(tx, batch.map((stored) => stored.row));
  const idOfRow = new Map(batch.map((stored) => [stored.row.row, stored.id]));
  const newRows = planned.filter((row) => row.existingId === null);
  await createCustomersInBatch(tx, newRows.map((row) => row.input), { origin: "import", actor, now });
  const existing = planned.filter((row) => row.existingId !== null);
  const updatedIds = update ? await updateBatch(tx, existing, actor, now) : new Set<number>();
  const outcomes = new Map<Outcome, number[]>([["created", newRows.map((row) => idOfRow.get(row.row)!)], ["updated", []], ["skipped", []]]);
  for (const row of existing) outcomes.get(updatedIds.has(row.existingId!) ? "updated" : "skipped")!.push(idOfRow.get(row.row)!);
  for (const [outcome, ids] of outcomes) if (ids.length > 0) await tx.importRow.updateMany({ where: { id: { in: ids } }, data: { outcome } });
  // Keys that now point at two different customers: the row becomes a row with problems.
  for (const issue of issues) {
    await tx.importRow.update({
      where: { id: idOfRow.get(issue.row)! },
      data: { valid: false, outcome: "failed", issues: JSON.stringify([{ column: issue.column, message: issue.message }]) },
      select: { id: true },
    });
  }
}

/** The next batch of valid rows without an outcome, after row `after`. */
async function nextBatch(tx: Tx | ReturnType<typeof getDb>, jobId: number, after: number, size: number): Promise<StoredRow[]> {
  const rows = await tx.importRow.findMany({
    where: { jobId, valid: true, outcome: null, row: { gt: after } },
    orderBy: { row: "asc" },
    take: size,
    select: { id: true, row: true, input: true },
  });
  return rows.map((stored) => {
    const input = parseStoredInput(stored.input ?? "{}");
    const organisationNumber = input.organisationNumber ?? null;
    const externalId = input.externalId ?? null;
    const importKey = organisationNumber === null && externalId === null ? importKeyOf(input) : null;
    return { id: stored.id, row: { row: stored.row, input, organisationNumber, externalId, importKey } };
  });
}

/** The job's counts from its rows' outcomes: what is committed, whatever the run did before. */
async function countOutcomes(tx: Tx | ReturnType<typeof getDb>, jobId: number): Promise<Counts & { failed: number }> {
  const groups = await tx.importRow.groupBy({ by: ["outcome", "valid"], where: { jobId }, _count: { _all: true } });
  const counts = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const group of groups) {
    if (!group.valid) counts.failed += group._count._all;
    else if (group.outcome === "created" || group.outcome === "updated" || group.outcome === "skipped") counts[group.outcome] += group._count._all;
  }
  return counts;
}

const PROGRESS_EVERY_MS = 1_000;

/** Ends the job (if `owner` still holds it) with its audit row; false when another instance has it. */
async function finish(tx: Tx, jobId: number, owner: string, fileName: string, counts: Counts & { failed: number }, actor: AuditActor, status: "done" | "failed", message: string | null) {
  const processed = counts.created + counts.updated + counts.skipped + counts.failed;
  const { count } = await tx.importJob.updateMany({
    where: { id: jobId, leaseOwner: owner },
    data: { ...counts, processed, status, message, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
  });
  if (count === 0) throw new LeaseLostError(jobId);
  await writeAuditLog(tx, { event: "customers.imported", actor, entityType: "import_job", entityId: jobId, changes: { fileName, status, ...counts } });
}

export type RunOptions = {
  /** The instance holding the job's lease (this process unless a test says otherwise). */
  owner?: string;
  /** Checked before each batch: a stopping server ends the run between batches and gives the
   * job up at once, so another instance continues it without waiting for the lease to run out. */
  signal?: Pick<AbortSignal, "aborted">;
  batchSize?: number;
  now?: Date;
};

/** Runs (or resumes) a job in "running" held by `owner`. Never throws: a failure marks the job
 * failed with its message and a retry (rows of batches committed before it stay, and are counted). */
export async function executeImport(jobId: number, userActor: AuditActor, options: RunOptions = {}): Promise<void> {
  const { owner = INSTANCE_ID, signal, batchSize = IMPORT_BATCH_SIZE, now = new Date() } = options;
  const db = getDb();
  const actor = importActor(userActor, jobId);
  const job = await db.importJob.findUnique({
    where: { id: jobId },
    select: { status: true, leaseOwner: true, fileName: true, invalidRows: true, existingRows: true, problemCount: true },
  });
  if (!job || job.status !== "running" || job.leaseOwner !== owner) return;
  const failed = job.problemCount;
  try {
    if (job.invalidRows === "all" && failed > 0) {
      const message = `Nothing was imported: ${failed.toLocaleString("en-US")} ${failed === 1 ? "row has" : "rows have"} problems. Fix the file and upload it again, or import only the valid rows.`;
      await db.$transaction((tx) => finish(tx, jobId, owner, job.fileName, { created: 0, updated: 0, skipped: 0, failed }, actor, "failed", message));
      return;
    }
    const update = job.existingRows === "update";
    if (job.invalidRows === "all") {
      // One transaction: others see nothing of it, progress included, until it commits, so the
      // lease is taken for the whole of it first.
      if (!(await renewLease(db, jobId, owner, {}, WHOLE_FILE_TIMEOUT_MS + LEASE_MS))) throw new LeaseLostError(jobId);
      await db.$transaction(
        async (tx) => {
          for (let batch = await nextBatch(tx, jobId, 0, batchSize); batch.length > 0; batch = await nextBatch(tx, jobId, batch[batch.length - 1].row.row, batchSize)) {
            await writeBatch(tx, batch, update, actor, now);
          }
          await finish(tx, jobId, owner, job.fileName, await countOutcomes(tx, jobId), actor, "done", null);
        },
        { timeout: WHOLE_FILE_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
      );
      return;
    }
    const done = await db.importRow.count({ where: { jobId, valid: true, outcome: { not: null } } });
    let processed = failed + done;
    let progressAt = performance.now();
    let after = 0;
    for (;;) {
      const batch = await nextBatch(db, jobId, after, batchSize);
      if (batch.length === 0) break;
      if (signal?.aborted) {
        await db.importJob.updateMany({ where: { id: jobId, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
        return;
      }
      processed += batch.length;
      const progressDue = performance.now() - progressAt >= PROGRESS_EVERY_MS;
      await db.$transaction(
        async (tx) => {
          await writeBatch(tx, batch, update, actor, now);
          // The progress write renews the lease. SQLite rewrites the whole job row, stored file
          // included, so this runs at most once a second (every batch cost 1.5 s per 100,000 rows).
          if (progressDue && !(await renewLease(tx, jobId, owner, { processed }))) throw new LeaseLostError(jobId);
        },
        { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
      );
      if (progressDue) progressAt = performance.now();
      after = batch[batch.length - 1].row.row;
    }
    await db.$transaction(async (tx) => finish(tx, jobId, owner, job.fileName, await countOutcomes(tx, jobId), actor, "done", null));
  } catch (error) {
    if (error instanceof LeaseLostError) return;
    console.error(`Import ${jobId} failed`, error);
    const message =
      job.invalidRows === "all"
        ? "The import failed and nothing was imported. Try again."
        : "The import stopped part-way: the counts show the rows imported so far. Try again to import the rest; rows already imported are not imported twice.";
    await db
      .$transaction(async (tx) => finish(tx, jobId, owner, job.fileName, await countOutcomes(tx, jobId), actor, "failed", message))
      .catch((finishError) => console.error(`Import ${jobId}: could not record the failure`, finishError));
  }
}
