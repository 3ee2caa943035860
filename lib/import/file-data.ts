// The stored file of an import job, read with the driver itself (better-sqlite3, or pg through
// a cursor: lib/db/stream-rows.ts). Through Prisma a 13 MB file (100,000 rows) took 8-10 s to
// come back, with the event loop blocked the whole time (docs/benchmarks.md, issue 13 item 4).
import { Prisma } from "../../generated/prisma/client";
import { streamRows } from "../db/stream-rows";

/** The bytes of job `jobId`'s file; empty when the job has none (or no longer exists). */
export async function readStoredFile(jobId: number): Promise<Uint8Array> {
  for await (const batch of streamRows(Prisma.sql`SELECT "fileData" FROM "ImportJob" WHERE "id" = ${jobId}`, { batchSize: 1 })) {
    const value = batch[0]?.[0];
    if (value instanceof Uint8Array) return value;
    break;
  }
  return new Uint8Array();
}
