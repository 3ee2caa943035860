// One timed import of a CSV file through the lib/import functions, in this process, against the
// database DATABASE_URL names (the suite points it at a copy). Writes its figures as JSON.
//
//   DATABASE_URL=file:./tmp/bench-import.db npx tsx scripts/bench/import-run.ts tmp/bench-import.csv tmp/bench-import-changed.csv tmp/bench-import-result.json
import { readFileSync, writeFileSync } from "node:fs";
import { getDb } from "../../lib/db/client";
import { getStaffUserSession } from "../../lib/auth/staff";
import { createImportJob, markImportStarted, saveImportMapping } from "../../lib/import/jobs";
import { suggestMapping } from "../../lib/import/mapping";
import { executeImport } from "../../lib/import/run";
import { validateImportJob } from "../../lib/import/validate-job";
import { nowMs } from "./stats";

const IMPORTER = "bree@example.com";

async function importOnce(file: string, existingRows: "skip" | "update") {
  const staff = await getDb().staffUser.findUniqueOrThrow({ where: { email: IMPORTER } });
  const user = (await getStaffUserSession(staff.id, staff.sessionVersion))!;
  const bytes = new Uint8Array(readFileSync(file));

  let start = nowMs();
  const job = await createImportJob(user.id, "bench-import.csv", bytes);
  const uploadSeconds = (nowMs() - start) / 1000;
  const stored = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id } });
  const headers = Object.keys(JSON.parse(stored.mapping));
  await saveImportMapping(user, job.id, suggestMapping(headers));

  start = nowMs();
  // The background validation, run to its end here: parse, check, match and store every row.
  await validateImportJob(job.id);
  const reviewed = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, omit: { fileData: true } });
  const reviewSeconds = (nowMs() - start) / 1000;
  const review = {
    totalRows: reviewed.totalRows,
    counts: { valid: reviewed.validCount, invalid: reviewed.problemCount, new: reviewed.newCount, existing: reviewed.existingCount },
  };

  await markImportStarted(user, job.id, { invalidRows: "valid", existingRows });
  start = nowMs();
  await executeImport(job.id, { id: user.id, label: user.email });
  const importSeconds = (nowMs() - start) / 1000;
  const done = await getDb().importJob.findUniqueOrThrow({ where: { id: job.id }, omit: { fileData: true } });
  return { rows: review.totalRows, counts: review.counts, uploadSeconds, reviewSeconds, importSeconds, status: done.status, message: done.message, created: done.created, updated: done.updated, skipped: done.skipped, failed: done.failed };
}

async function main() {
  const [file, changedFile, out] = process.argv.slice(2);
  if (!file || !changedFile || !out) throw new Error("usage: import-run.ts <file.csv> <changed.csv> <result.json>");
  const first = await importOnce(file, "skip");
  console.log(`first import: review ${first.reviewSeconds.toFixed(2)} s, import ${first.importSeconds.toFixed(2)} s, created ${first.created}`);
  // The same file again: every row matches an imported customer, nothing is created.
  const again = await importOnce(file, "skip");
  console.log(`same file again: review ${again.reviewSeconds.toFixed(2)} s, import ${again.importSeconds.toFixed(2)} s, created ${again.created}`);
  // Every row changed: every customer is updated (city, and every fourth the contact).
  const changed = await importOnce(changedFile, "update");
  console.log(`every row changed: review ${changed.reviewSeconds.toFixed(2)} s, import ${changed.importSeconds.toFixed(2)} s, updated ${changed.updated}`);
  writeFileSync(out, JSON.stringify({ first, again, changed, customers: await getDb().customer.count() }, null, 2));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
