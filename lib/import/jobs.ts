// Import jobs: created from an upload, mapped, started; each read checks it is the user's own.
import { z } from "zod";
import { AppError } from "../app-error";
import type { StaffUserSession } from "../auth/staff";
import { getDb } from "../db/client";
import { ImportFileError } from "./limits";
import { importMappingSchema, mappingProblem, suggestMapping, type ImportMapping } from "./mapping";
import { parseStoredMapping } from "./review";
import { readImportFile } from "./read-file";

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
} as const;

/** A job of this user (admins see every job). Anything else is "not found", never "forbidden",
 * so job ids do not leak. */
export async function getImportJob(user: StaffUserSession, id: number) {
  const job = await getDb().importJob.findUnique({ where: { id }, select: jobSummary });
  if (!job || (job.createdById !== user.id && user.role !== "ADMIN")) throw new AppError("NOT_FOUND", "This import does not exist.");
  return job;
}

export async function getImportJobWithFile(user: StaffUserSession, id: number) {
  const job = await getImportJob(user, id);
  const { fileData } = await getDb().importJob.findUniqueOrThrow({ where: { id }, select: { fileData: true } });
  return { ...job, fileData };
}

/** Stores the user's mapping after checking it against the file's headers. */
export async function saveImportMapping(user: StaffUserSession, id: number, mapping: ImportMapping) {
  const job = await getImportJobWithFile(user, id);
  if (job.status !== "mapping" && job.status !== "review") throw new AppError("CONFLICT", "This import has already run.");
  const table = await readImportFile(job.fileName, job.fileData ?? new Uint8Array());
  const problem = mappingProblem(table.headers, importMappingSchema.parse(mapping));
  if (problem) throw new AppError("INVALID", problem);
  await getDb().importJob.update({ where: { id }, data: { mapping: JSON.stringify(mapping), status: "review" }, select: { id: true } });
}

/** Moves a reviewed job to "running" with the user's choices; only once, even if two requests race. */
export async function markImportStarted(user: StaffUserSession, id: number, choices: ImportChoices) {
  await getImportJob(user, id);
  const { count } = await getDb().importJob.updateMany({ where: { id, status: "review" }, data: { status: "running", ...choices, processed: 0 } });
  if (count === 0) throw new AppError("CONFLICT", "This import has already started or is not reviewed yet.");
}

export { ImportFileError };
export type ImportJobSummary = Awaited<ReturnType<typeof getImportJob>>;
