// Integration: import jobs against a real database, from upload to result, with audit rows.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { StaffUserSession } from "@/lib/auth/staff";
import { createImportJob, getImportJob, markImportStarted, rememberedMapping, saveImportMapping, type ImportChoices } from "@/lib/import/jobs";
import { suggestMapping } from "@/lib/import/mapping";
import { executeImport } from "@/lib/import/run";
import { validateImportJob } from "@/lib/import/validate-job";
import { buildErrorFile } from "@/lib/import/error-file";
import { readProblemRows } from "@/lib/import/stored-rows";
import { orgNumber, orgPrefix } from "../helpers/organisation-numbers";
import { csv, enc, HEADERS, xlsx } from "./fixtures";

let user: StaffUserSession;
beforeAll(async () => {
  const created = await getDb().staffUser.create({ data: { email: "importer@example.com", name: "Imp Orter", role: "ACCOUNT_MANAGER", passwordHash: "x" } });
  user = { id: created.id, email: created.email, name: created.name, role: "ACCOUNT_MANAGER" };
});

let serial = 0;
/** Rows with unique org numbers for this test, so tests do not see each other's customers. */
function rowsFor(count: number, prefix = `t${++serial}`): string[][] {
  return Array.from({ length: count }, (_, i) => [`${prefix} Clinic ${i}`, orgNumber(prefix, i), `c${i}@${prefix}.no`, "NO", "trial", `${prefix}-crm-${i}`]);
}

async function importFile(rows: string[][], choices: ImportChoices, headers = HEADERS) {
  const job = await createImportJob(user.id, "customers.csv", enc(csv([headers, ...rows])));
  await saveImportMapping(user, job.id, suggestMapping(headers));
  await validateImportJob(job.id);
  await markImportStarted(user, job.id, choices);
  await executeImport(job.id, { id: user.id, label: user.email });
  return getDb().importJob.findUniqueOrThrow({ where: { id: job.id } });
}

const customersWithOrgPrefix = (prefix: string) => getDb().customer.findMany({ where: { organisationNumber: { startsWith: orgPrefix(prefix) } }, orderBy: { id: "asc" } });

describe("executeImport", () => {
  it("imports the valid rows, counts the bad ones, and writes audit rows naming the job", async () => {
    const rows = rowsFor(5, "valid");
    rows[1][2] = "broken-email";
    rows[3][0] = "";
    const job = await importFile(rows, { invalidRows: "valid", existingRows: "skip" });
    expect(job).toMatchObject({ status: "done", created: 3, updated: 0, skipped: 0, failed: 2, processed: 5 });

    const customers = await customersWithOrgPrefix("valid");
    expect(customers.map((c) => c.name)).toEqual(["valid Clinic 0", "valid Clinic 2", "valid Clinic 4"]);
    expect(customers[0]).toMatchObject({ origin: "import", status: "trial", country: "NO", billingEmail: "c0@valid.no", externalId: "valid-crm-0", nameSort: "valid clinic 0" });
    expect(customers[0].createdAt).toBeInstanceOf(Date);
    expect(customers[0].createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(customers[0].searchText).toBe(`${customers[0].id} valid clinic 0 c0@valid.no ${orgNumber("valid", 0)}`);

    const audit = await getDb().auditLog.findMany({ where: { customerId: { in: customers.map((c) => c.id) } } });
    expect(audit).toHaveLength(3);
    expect(audit.every((row) => row.action === "customer.created" && row.actorLabel === `${user.email} via import #${job.id}`)).toBe(true);
    const firstAudit = audit.find((row) => row.customerId === customers[0].id)!;
    expect(JSON.parse(firstAudit.changes)).toMatchObject({ name: { before: null, after: "valid Clinic 0" }, origin: { before: null, after: "import" } });
    const jobAudit = await getDb().auditLog.findFirstOrThrow({ where: { action: "customers.imported", entityId: String(job.id) } });
    expect(JSON.parse(jobAudit.changes)).toMatchObject({ created: 3, failed: 2 });
  });

  it("imports nothing in all-or-nothing mode when one row is bad", async () => {
    const before = await getDb().customer.count();
    const rows = rowsFor(4, "allbad");
    rows[2][3] = "Narnia";
    const job = await importFile(rows, { invalidRows: "all", existingRows: "skip" });
    expect(job).toMatchObject({ status: "failed", created: 0, failed: 1 });
    expect(job.message).toMatch(/Nothing was imported: 1 row has problems/);
    expect(await getDb().customer.count()).toBe(before);
  });

  it("imports everything in all-or-nothing mode when every row is valid", async () => {
    const rows = rowsFor(3, "allgood");
    rows[1][4] = "paying";
    const job = await importFile(rows, { invalidRows: "all", existingRows: "skip" });
    expect(job).toMatchObject({ status: "done", created: 3, failed: 0 });
    const customers = await customersWithOrgPrefix("allgood");
    expect(customers.map((c) => c.hasWarnings)).toEqual([false, true, false]);
    const warnings = await getDb().customerWarning.findMany({ where: { customerId: { in: customers.map((c) => c.id) } } });
    expect(warnings).toEqual([expect.objectContaining({ customerId: customers[1].id, rule: "paying_without_contract", createdAt: expect.any(Date) })]);
  });

  it("updates existing customers matched by organisation number, or skips them, as chosen", async () => {
    const rows = rowsFor(2, "upsert");
    await importFile(rows, { invalidRows: "valid", existingRows: "skip" });
    const changed = rows.map((row) => [...row]);
    changed[0][4] = "paying";
    changed[0][5] = ""; // an empty cell leaves the stored external id alone

    const skipped = await importFile(changed, { invalidRows: "valid", existingRows: "skip" });
    expect(skipped).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    expect((await customersWithOrgPrefix("upsert"))[0].status).toBe("trial");

    const updated = await importFile(changed, { invalidRows: "valid", existingRows: "update" });
    // Row 2 is unchanged: nothing to write, so it counts as skipped.
    expect(updated).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    const [first] = await customersWithOrgPrefix("upsert");
    expect(first).toMatchObject({ status: "paying", externalId: "upsert-crm-0", hasWarnings: true, origin: "import" });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { customerId: first.id, action: "customer.updated" } });
    expect(audit.actorLabel).toBe(`${user.email} via import #${updated.id}`);
    expect(JSON.parse(audit.changes)).toEqual({ status: { before: "trial", after: "paying" } });
  });

  it("updates a batch whose rows change different fields as updateCustomer would: columns, search text, warnings, audit", async () => {
    const headers = ["Company", "Org nr", "E-mail", "Country", "Status", "City", "Trial ends"];
    const first = [
      ["Batch A", orgNumber("batchup", 0), "", "NO", "paying", "Oslo", "2026-06-30"],
      ["Batch B", orgNumber("batchup", 1), "b@batchup.no", "NO", "trial", "Bergen", "2026-12-31"],
      ["Batch C", orgNumber("batchup", 2), "c@batchup.no", "SE", "trial", "Malmö", ""],
      ["Batch D", orgNumber("batchup", 3), "d@batchup.no", "NO", "trial", "Oslo", ""],
    ];
    await importFile(first, { invalidRows: "valid", existingRows: "skip" }, headers);
    const before = await customersWithOrgPrefix("batchup");
    expect(before[0].hasWarnings).toBe(true); // paying, no billing email, no contract

    const second = [
      ["Batch A", orgNumber("batchup", 0), "billing@batchup.no", "NO", "paying", "Oslo", ""], // billing email added; an empty cell keeps the trial end
      ["Batch B Renamed", orgNumber("batchup", 1), "b@batchup.no", "NO", "trial", "Bergen", "2027-01-31"], // name and trial end
      ["Batch C", orgNumber("batchup", 2), "c@batchup.no", "SE", "trial", "Malmö", ""], // unchanged
      ["Batch D", orgNumber("batchup", 3), "d@batchup.no", "NO", "paying", "Trondheim", ""], // status and city
    ];
    const job = await importFile(second, { invalidRows: "valid", existingRows: "update" }, headers);
    expect(job).toMatchObject({ status: "done", created: 0, updated: 3, skipped: 1 });

    const [a, b, c, d] = await customersWithOrgPrefix("batchup");
    expect(a).toMatchObject({ billingEmail: "billing@batchup.no", status: "paying", city: "Oslo", trialEndsAt: new Date("2026-06-30T00:00:00Z") });
    expect(b).toMatchObject({ name: "Batch B Renamed", nameSort: "batch b renamed", trialEndsAt: new Date("2027-01-31T00:00:00Z"), city: "Bergen" });
    expect(b.searchText).toBe(`${b.id} batch b renamed b@batchup.no ${orgNumber("batchup", 1)} bergen`);
    expect(c).toEqual(before[2]); // untouched, updatedAt included
    expect(d).toMatchObject({ status: "paying", city: "Trondheim", billingEmail: "d@batchup.no" });
    expect(d.searchText).toBe(`${d.id} batch d d@batchup.no ${orgNumber("batchup", 3)} trondheim`);
    for (const updated of [a, b, d]) expect(updated.updatedAt.getTime()).toBeGreaterThan(before[0].updatedAt.getTime());

    // Warnings follow: A lost "paying without billing email", D (now paying, no contract) gained one.
    const rules = async (id: number) => (await getDb().customerWarning.findMany({ where: { customerId: id }, orderBy: { rule: "asc" } })).map((w) => w.rule);
    expect(await rules(a.id)).toEqual(["paying_without_contract"]);
    expect(await rules(d.id)).toEqual(["paying_without_contract"]);
    expect([a.hasWarnings, b.hasWarnings, c.hasWarnings, d.hasWarnings]).toEqual([true, false, false, true]);

    const audit = await getDb().auditLog.findMany({ where: { action: "customer.updated", customerId: { in: [a.id, b.id, c.id, d.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.customerId, JSON.parse(row.changes)])).toEqual([
      [a.id, { billingEmail: { before: null, after: "billing@batchup.no" } }],
      [b.id, { name: { before: "Batch B", after: "Batch B Renamed" }, trialEndsAt: { before: "2026-12-31T00:00:00.000Z", after: "2027-01-31T00:00:00.000Z" } }],
      [d.id, { status: { before: "trial", after: "paying" }, city: { before: "Oslo", after: "Trondheim" } }],
    ]);
    expect(new Set(audit.map((row) => row.actorLabel))).toEqual(new Set([`${user.email} via import #${job.id}`]));
  });

  it("creates no duplicates when the same file is imported again, also for rows without keys", async () => {
    const rows = [...rowsFor(3, "again"), ["Keyless Clinic", "", "k@again.no", "NO", "", ""]];
    const first = await importFile(rows, { invalidRows: "valid", existingRows: "update" });
    expect(first.created).toBe(4);
    const count = await getDb().customer.count();
    const second = await importFile(rows, { invalidRows: "valid", existingRows: "update" });
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 4 });
    expect(await getDb().customer.count()).toBe(count);
  });

  it("reports rows that already exist in the review, and remembers the mapping", async () => {
    const rows = rowsFor(2, "review");
    await importFile(rows, { invalidRows: "valid", existingRows: "skip" });
    const headers = ["Firm", "Org nr", "Mail"];
    const job = await createImportJob(user.id, "b.csv", enc(csv([headers, ["review Clinic 0", orgNumber("review", 0), "x@y.no"], ["New one", orgNumber("review", 999), ""]])));
    await saveImportMapping(user, job.id, { Firm: "name", "Org nr": "organisationNumber", Mail: "billingEmail" });
    await validateImportJob(job.id);
    const stored = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored).toMatchObject({ status: "review", validCount: 2, problemCount: 0, newCount: 1, existingCount: 1 });
    expect(await rememberedMapping(user.id)).toEqual({ Firm: "name", "Org nr": "organisationNumber", Mail: "billingEmail" });
    const next = await createImportJob(user.id, "c.csv", enc(csv([["Firm", "Mail"], ["A", "a@b.no"]])));
    const nextJob = await getDb().importJob.findUniqueOrThrow({ where: { id: next.id } });
    expect(JSON.parse(nextJob.mapping)).toEqual({ Firm: "name", Mail: "billingEmail" });
  });

  it("refuses bad files at upload and writes nothing", async () => {
    const jobs = await getDb().importJob.count();
    const customers = await getDb().customer.count();
    for (const [bytes, message] of [
      [new Uint8Array(), /empty/],
      [enc("Name,Email\r\n"), /no data rows/],
      [new Uint8Array([0x50, 0x4e, 0x47, 0, 0, 1]), /not a CSV or XLSX/],
      [enc("A,B\r\n1,2\r\n3;4\r\n"), /mix delimiters/],
      [enc(`Name,Email\r\n${Array(1000).fill("x").join(",")}\r\n`), /Row 2 has 1,000 columns/],
      [new Uint8Array(50 * 1024 * 1024).fill(0x41), /The file is 50.0 MB; the limit is 20.0 MB/],
    ] as const) {
      await expect(createImportJob(user.id, "bad.csv", bytes)).rejects.toThrow(message);
    }
    expect(await getDb().importJob.count()).toBe(jobs);
    expect(await getDb().customer.count()).toBe(customers);
  });

  it("imports nothing from a file whose only row has a 10,000-character name", async () => {
    const customers = await getDb().customer.count();
    const job = await importFile([["N".repeat(10_000), orgNumber("long", 1), "", "", "", ""]], { invalidRows: "valid", existingRows: "skip" });
    expect(job).toMatchObject({ status: "done", created: 0, failed: 1 });
    expect(await getDb().customer.count()).toBe(customers);
  });

  it("imports an XLSX workbook the same way", async () => {
    const bytes = await xlsx([["Navn", "Orgnr", "Trial ends"], ["Xlsx Clinic", orgNumber("xlsx", 1), new Date(Date.UTC(2027, 5, 30))]]);
    const job = await createImportJob(user.id, "crm.xlsx", bytes);
    await saveImportMapping(user, job.id, { Navn: "name", Orgnr: "organisationNumber", "Trial ends": "trialEndsAt" });
    await validateImportJob(job.id);
    await markImportStarted(user, job.id, { invalidRows: "valid", existingRows: "skip" });
    await executeImport(job.id, { id: user.id, label: user.email });
    const customer = await getDb().customer.findFirstOrThrow({ where: { organisationNumber: orgNumber("xlsx", 1) } });
    expect(customer).toMatchObject({ name: "Xlsx Clinic", origin: "import", trialEndsAt: new Date("2027-06-30T00:00:00Z") });
  });

  it("writes the error file with each bad row's number, its problems and its original cells", async () => {
    const rows = rowsFor(3, "errfile");
    rows[1][2] = "nope";
    rows[1][3] = "ZZ";
    const job = await createImportJob(user.id, "e.csv", enc(csv([HEADERS, ...rows])));
    await saveImportMapping(user, job.id, suggestMapping(HEADERS));
    await validateImportJob(job.id);
    const problems = [];
    for await (const problem of readProblemRows(job.id)) problems.push(problem);
    const file = buildErrorFile(HEADERS, problems);
    expect(file.replace(/^\uFEFF/, "").trim().split("\r\n")).toEqual([
      `Row,Errors,${HEADERS.join(",")}`,
      `3,Country: Unknown country: use a two-letter ISO code such as SE or an English name such as Sweden; E-mail: Enter a valid email address,${rows[1].join(",")}`,
    ]);
  });

  it("starts a job only once", async () => {
    const job = await createImportJob(user.id, "once.csv", enc(csv([HEADERS, ...rowsFor(1, "once")])));
    await saveImportMapping(user, job.id, suggestMapping(HEADERS));
    await validateImportJob(job.id);
    await markImportStarted(user, job.id, { invalidRows: "valid", existingRows: "skip" });
    await expect(markImportStarted(user, job.id, { invalidRows: "valid", existingRows: "skip" })).rejects.toThrow(/already started/);
  });

  it("shows a job only to the user who uploaded it (and to admins)", async () => {
    const job = await createImportJob(user.id, "mine.csv", enc(csv([HEADERS, ...rowsFor(1, "mine")])));
    const other = await getDb().staffUser.create({ data: { email: "other-am@example.com", name: "Other", role: "ACCOUNT_MANAGER", passwordHash: "x" } });
    await expect(getImportJob({ id: other.id, email: other.email, name: other.name, role: "ACCOUNT_MANAGER" }, job.id)).rejects.toThrow(/does not exist/);
    await expect(saveImportMapping({ id: other.id, email: other.email, name: other.name, role: "ACCOUNT_MANAGER" }, job.id, { Company: "name" })).rejects.toThrow(/does not exist/);
    expect((await getImportJob({ id: other.id, email: other.email, name: other.name, role: "ADMIN" }, job.id)).id).toBe(job.id);
  });
});
