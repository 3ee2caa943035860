// Import jobs: created from an upload, mapped, started; each read checks it is the user's own.
import { z } from "zod";
import { AppError } from "../app-error";
import type { StaffUserSession } from "../auth/staff";
import { getDb } from "../db/client";
import { ImportFileError } from "./limits";
import { importMappingSchema, mappingProblem, suggestMapping, type ImportMapping } from "./mapping";
import { INSTANCE_ID, leaseFrom } from "./lease";
import { parseStoredMapping } from "./review";
import { readImportFile } from "./read-file";
import { readStoredFile } from "./file-data";
import { buildPreview, parsePreview } from "./stored-rows";

export const importJobIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export type ImportChoices = { invalidRows: "valid" | "all"; existingRows: "update" | "skip" };

/** The mapping this user chose last time: the default for headers it named. */
export async function rememberedMapping(userId: number, exceptJobId?: number): Promise<ImportMapping> {
  const last = await getDb().importJob.findFirst({
    where: { createdById: userId, status: { not: "mapping" }, ...(exceptJobId ? { id: { not: exceptJobId } } : {}) },
    orderBy: { id: "desc" },
    select: { mapping: true },
  });
  return last ? parseStoredMapping(last.mapping) : {};
}

/** Reads the file (throwing ImportFileError with the user's message if it cannot be imported)
 * and stores it with a suggested mapping. Nothing is written for a file that fails. */
export async function createImportJob(userId: number, fileName: string, bytes: Uint8Array) {
  const table = await readImportFile(fileName, bytes);
  const mapping = suggestMapping(table.headers, await rememberedMapping(userId));
  return getDb().importJob.create({
    data: {
      createdById: userId,
      fileName: fileName.slice(0, 255),
      status: "mapping",
      mapping: JSON.stringify(mapping),
      fileData: Buffer.from(bytes),
      fileSize: bytes.byteLength,
      totalRows: table.rows.length,
      preview: JSON.stringify(buildPreview(table.headers, table.rows)),
    },
    select: { id: true, totalRows: true },
  });
}

const jobSummary = {
  id: true,
  createdById: true,
  fileName: true,
  status: true,
  mapping: true,
  fileSize: true,
  invalidRows: true,
  existingRows: true,
  processed: true,
  message: true,
  totalRows: true,
  created: true,
  updated: true,
  skipped: true,
  failed: true,
  createdAt: true,
  finishedAt: true,
  validated: true,
  validCount: true,
  problemCount: true,
  newCount: true,
  existingCount: true,
  preview: true,
} as const;

/** A job of this user (admins see every job). Anything else is "not found", never "forbidden",
 * so job ids do not leak. */
export async function getImportJob(user: StaffUserSession, id: number) {
  const job = await getDb().importJob.findUnique({ where: { id }, select: jobSummary });
  if (!job || (job.createdById !== user.id && user.role !== "ADMIN")) throw new AppError("NOT_FOUND", "This import does not exist.");
  return job;
}

/** The file's header and sample cells: stored at upload (a job from before that is read again). */
export async function getImportPreview(job: { id: number; fileName: string; preview: string }) {
  const stored = parsePreview(job.preview);
  if (stored) return stored;
  const table = await readImportFile(job.fileName, await readStoredFile(job.id));
  return buildPreview(table.headers, table.rows);
}

/** Stores the user's mapping after checking it against the file's headers, and hands the job to
 * the background validation (validate-job.ts) as this instance's: status "validating". */
export async function saveImportMapping(user: StaffUserSession, id: number, mapping: ImportMapping, owner = INSTANCE_ID) {
  const job = await getImportJob(user, id);
  if (job.status !== "mapping" && job.status !== "review") throw new AppError("CONFLICT", "This import has already run.");
  const { headers } = await getImportPreview(job);
  const problem = mappingProblem(headers, importMappingSchema.parse(mapping));
  if (problem) throw new AppError("INVALID", problem);
  const { count } = await getDb().importJob.updateMany({
    where: { id, status: job.status },
    data: { mapping: JSON.stringify(mapping), status: "validating", validated: 0, leaseOwner: owner, leaseUntil: leaseFrom(new Date()), attempts: 1 },
  });
  if (count === 0) throw new AppError("CONFLICT", "This import changed in the meantime; reload the page.");
}

/** Moves a reviewed job to "running" with the user's choices, held by this instance; only once,
 * even if two requests race. */
export async function markImportStarted(user: StaffUserSession, id: number, choices: ImportChoices, owner = INSTANCE_ID) {
  await getImportJob(user, id);
  const { count } = await getDb().importJob.updateMany({
    where: { id, status: "review" },
    data: { status: "running", ...choices, processed: 0, leaseOwner: owner, leaseUntil: leaseFrom(new Date()), attempts: 1 },
  });
  if (count === 0) throw new AppError("CONFLICT", "This import has already started or is not reviewed yet.");
}

/** Whether a failed job can be tried again: it failed while working (an error, or too many
 * interruptions), not because the user chose "all or nothing" and rows have problems. */
export function canRetryImport(job: { status: string; invalidRows: string; problemCount: number }): boolean {
  return job.status === "failed" && !(job.invalidRows === "all" && job.problemCount > 0);
}

/** Starts a failed job again where it stopped: its validation if that never finished, else its
 * run (rows already imported keep their outcome and are not written again). Returns the step. */
export async function retryImport(user: StaffUserSession, id: number, owner = INSTANCE_ID): Promise<"validating" | "running"> {
  const job = await getImportJob(user, id);
  if (!canRetryImport(job)) throw new AppError("CONFLICT", "This import cannot be tried again; upload the file again.");
  const status = job.validated < job.totalRows ? "validating" : "running";
  const { count } = await getDb().importJob.updateMany({
    where: { id, status: "failed" },
    data: { status, message: null, finishedAt: null, leaseOwner: owner, leaseUntil: leaseFrom(new Date()), attempts: 1 },
  });
  if (count === 0) throw new AppError("CONFLICT", "This import is already running again.");
  return status;
}

export { ImportFileError };
export type ImportJobSummary = Awaited<ReturnType<typeof getImportJob>>;
