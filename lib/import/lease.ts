// Who works on an import job: the instance holding its lease. A validating or running job carries
// leaseOwner/leaseUntil; the worker renews the lease as it goes (with its progress writes) and
// gives it up when done. A lease that runs out means its instance stopped, and any instance may
// claim the job again (resume.ts). Every claim is a conditional update, so two instances never
// both win one job (decision 032).
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../db/client";
import { getDb } from "../db/client";

/** How long a claim lasts without renewal. Workers renew at least every PROGRESS_EVERY_MS (about a
 * second) while working, so only a stopped (or stalled for a minute) instance loses its jobs. */
export const LEASE_MS = 60_000;

/** This process: host, pid and a random part (a pid is reused after a restart). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type JobStatus = "validating" | "running";

export function leaseFrom(now: Date, ms = LEASE_MS): Date {
  return new Date(now.getTime() + ms);
}

/** Takes a job in `status` whose lease has run out (or was never taken), for `owner`. */
export async function claimJob(id: number, status: JobStatus, owner = INSTANCE_ID, now = new Date()): Promise<boolean> {
  const { count } = await getDb().importJob.updateMany({
    where: { id, status, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseOwner: owner, leaseUntil: leaseFrom(now), attempts: { increment: 1 } },
  });
  return count === 1;
}

/** Renews the lease (with any progress fields) if `owner` still holds it; false when another
 * instance took the job over, and the caller must stop. */
export async function renewLease(db: Db | Tx, id: number, owner: string, data: Prisma.ImportJobUpdateManyMutationInput = {}, ms = LEASE_MS): Promise<boolean> {
  const { count } = await db.importJob.updateMany({ where: { id, leaseOwner: owner }, data: { ...data, leaseUntil: leaseFrom(new Date(), ms) } });
  return count === 1;
}

/** The lease is gone: another instance claimed the job after ours ran out. */
export class LeaseLostError extends Error {
  constructor(id: number) {
    super(`Import ${id}: another instance took this job over`);
    this.name = "LeaseLostError";
  }
}
