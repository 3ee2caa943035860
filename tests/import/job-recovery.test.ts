// Integration: import jobs outlive their instance. A run or a validation left behind by a stopped
// server (its lease run out) is picked up again by another instance and finished without writing
// any row twice; a job still held by a live instance is left alone; a job interrupted too often
// fails with a retry; and the review reads the stored results, never the file.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { StaffUserSession } from "@/lib/auth/staff";
import { canRetryImport, createImportJob, getImportJob, markImportStarted, retryImport, saveImportMapping } from "@/lib/import/jobs";
import { suggestMapping } from "@/lib/import/mapping";
import { MAX_ATTEMPTS, resumeImportJobs } from "@/lib/import/resume";
import { executeImport } from "@/lib/import/run";
import { listImportProblems, problemRowsOf } from "@/lib/import/stored-rows";
import { validateImportJob } from "@/lib/import/validate-job";
import { orgNumber, orgPrefix } from "../helpers/organisation-numbers";
import { csv, enc, HEADERS } from "./fixtures";

// Two server instances: the one that stops and the one that carries on.
const STOPPED = "stopped-instance";
const SURVIVOR = "surviving-instance";

let user: StaffUserSession;
beforeAll(async () => {
  const created = await getDb().staffUser.create({ data: { email: "recover@example.com", name: "Re Cover", role: "ACCOUNT_MANAGER", passwordHash: "x" } });
  user = { id: created.id, email: created.email, name: created.name, role: "ACCOUNT_MANAGER" };
});

function rowsFor(count: number, prefix: string): string[][] {
  return Array.from({ length: count }, (_, i) => [`${prefix} Clinic ${i}`, orgNumber(prefix, i), `c${i}@${prefix}.no`, "NO", "trial", `${prefix}-crm-${i}`]);
}

const customersOf = (prefix: string) => getDb().customer.findMany({ where: { organisationNumber: { startsWith: orgPrefix(prefix) } }, orderBy: { id: "asc" } });
const job = (id: number) => getDb().importJob.findUniqueOrThrow({ where: { id }, omit: { fileData: true } });
/** What a killed process leaves: its lease, ending in the past. */
const expireLease = (id: number) => getDb().importJob.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1000) }, select: { id: true } });

async function reviewedJob(rows: string[][], owner = STOPPED) {
  const created = await createImportJob(user.id, "customers.csv", enc(csv([HEADERS, ...rows])));
  await saveImportMapping(user, created.id, suggestMapping(HEADERS), owner);
  await validateImportJob(created.id, owner);
  return created.id;
}

describe("import jobs after a restart", () => {
  it("resumes a run whose server stopped after its first batch: every row imported exactly once", async () => {
    const rows = rowsFor(7, "resume");
    rows[2][2] = "not-an-email";
    const id = await reviewedJob(rows);
    await markImportStarted(user, id, { invalidRows: "valid", existingRows: "skip" }, STOPPED);
    // The first instance commits one batch of 2 rows, then its process dies mid-run.
    let checks = 0;
    await executeImport(id, { id: user.id, label: user.email }, { owner: STOPPED, batchSize: 2, signal: { get aborted() { return ++checks > 1; } } });
    await getDb().importJob.update({ where: { id }, data: { leaseOwner: STOPPED }, select: { id: true } });
    await expireLease(id);
    expect(await job(id)).toMatchObject({ status: "running" });
    expect(await customersOf("resume")).toHaveLength(2);

    // Another instance starts (or sweeps) and finishes the job.
    await Promise.all(await resumeImportJobs(SURVIVOR));
    expect(await job(id)).toMatchObject({ status: "done", created: 6, updated: 0, skipped: 0, failed: 1, processed: 7, leaseOwner: null, leaseUntil: null });
    const customers = await customersOf("resume");
    expect(customers.map((customer) => customer.name)).toEqual([0, 1, 3, 4, 5, 6].map((i) => `resume Clinic ${i}`));
    const audit = await getDb().auditLog.findMany({ where: { action: "customer.created", customerId: { in: customers.map((customer) => customer.id) } } });
    expect(audit).toHaveLength(6);
    expect(await getDb().auditLog.count({ where: { action: "customers.imported", entityId: String(id) } })).toBe(1);
  });

  it("leaves a job alone while the instance running it holds its lease", async () => {
    const id = await reviewedJob(rowsFor(2, "leased"));
    await markImportStarted(user, id, { invalidRows: "valid", existingRows: "skip" }, STOPPED);
    expect(await resumeImportJobs(SURVIVOR)).toEqual([]);
    expect(await job(id)).toMatchObject({ status: "running", leaseOwner: STOPPED, created: 0 });
    // A late write from an instance that lost the job does nothing either.
    await executeImport(id, { id: user.id, label: user.email }, { owner: SURVIVOR });
    expect(await customersOf("leased")).toHaveLength(0);
  });

  it("resumes a validation whose server stopped, then reviews from the stored rows", async () => {
    const rows = rowsFor(5, "recheck");
    rows[1][3] = "Narnia";
    const created = await createImportJob(user.id, "customers.csv", enc(csv([HEADERS, ...rows])));
    await saveImportMapping(user, created.id, suggestMapping(HEADERS), STOPPED);
    await expireLease(created.id); // the instance stopped before it checked a row
    expect(await getImportJob(user, created.id)).toMatchObject({ status: "validating", validated: 0 });

    await Promise.all(await resumeImportJobs(SURVIVOR));
    expect(await job(created.id)).toMatchObject({ status: "review", validated: 5, validCount: 4, problemCount: 1, newCount: 4, existingCount: 0 });

    // The review reads what was stored: without the file, it is unchanged.
    await getDb().importJob.update({ where: { id: created.id }, data: { fileData: null }, select: { id: true } });
    expect(await listImportProblems(created.id, 1)).toMatchObject({
      totalRows: 1,
      issues: [{ row: 3, column: "Country", value: "Narnia", message: expect.stringMatching(/^Unknown country/) }],
    });
    await markImportStarted(user, created.id, { invalidRows: "valid", existingRows: "skip" }, SURVIVOR);
    await executeImport(created.id, { id: user.id, label: user.email }, { owner: SURVIVOR });
    expect(await job(created.id)).toMatchObject({ status: "done", created: 4, failed: 1 });
  });

  it("pages the stored problems in row order", async () => {
    const rows = rowsFor(150, "paged");
    for (let i = 0; i < 150; i += 1) rows[i][4] = "dormant";
    const id = await reviewedJob(rows);
    const first = await listImportProblems(id, 1);
    const second = await listImportProblems(id, 2);
    expect(first.totalRows).toBe(150);
    expect(first.issues.map((issue) => issue.row)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(second.issues.map((issue) => issue.row)).toEqual(Array.from({ length: 50 }, (_, i) => i + 102));
  });

  it(`fails a job interrupted ${MAX_ATTEMPTS} times, with a retry that finishes it`, async () => {
    const id = await reviewedJob(rowsFor(3, "flaky"));
    await markImportStarted(user, id, { invalidRows: "valid", existingRows: "skip" }, STOPPED);
    await getDb().importJob.update({ where: { id }, data: { attempts: MAX_ATTEMPTS }, select: { id: true } });
    await expireLease(id);
    expect(await resumeImportJobs(SURVIVOR)).toEqual([]);
    const failed = await job(id);
    expect(failed).toMatchObject({ status: "failed", leaseOwner: null });
    expect(failed.message).toMatch(/interrupted/);
    expect(canRetryImport(failed)).toBe(true);

    expect(await retryImport(user, id, SURVIVOR)).toBe("running");
    await executeImport(id, { id: user.id, label: user.email }, { owner: SURVIVOR });
    expect(await job(id)).toMatchObject({ status: "done", created: 3, message: null });
    expect(await customersOf("flaky")).toHaveLength(3);
  });

  it("offers no retry to an all-or-nothing import refused for its bad rows", async () => {
    const rows = rowsFor(2, "norety");
    rows[0][2] = "bad";
    const id = await reviewedJob(rows, SURVIVOR);
    await markImportStarted(user, id, { invalidRows: "all", existingRows: "skip" }, SURVIVOR);
    await executeImport(id, { id: user.id, label: user.email }, { owner: SURVIVOR });
    const refused = await job(id);
    expect(refused.status).toBe("failed");
    expect(canRetryImport(refused)).toBe(false);
    await expect(retryImport(user, id)).rejects.toThrow(/cannot be tried again/);
  });
});

describe("the error file of a job from before rows were stored", () => {
  it("is rebuilt from the job's file once", async () => {
    const rows = rowsFor(3, "legacy");
    rows[2][2] = "nope";
    const created = await createImportJob(user.id, "old.csv", enc(csv([HEADERS, ...rows])));
    // What the migration leaves of a finished job: a mapping, counts, no stored rows.
    await getDb().importJob.update({ where: { id: created.id }, data: { status: "done", mapping: JSON.stringify(suggestMapping(HEADERS)), failed: 1 }, select: { id: true } });
    const problems = [];
    for await (const problem of problemRowsOf(await job(created.id))) problems.push(problem);
    expect(problems).toEqual([{ row: 4, cells: rows[2], issues: [expect.objectContaining({ row: 4, column: "E-mail", value: "nope" })] }]);
  });
});
