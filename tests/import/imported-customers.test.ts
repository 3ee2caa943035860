// Integration: "Imported customers" lists exactly the customers of one import, not every import's.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { StaffUserSession } from "@/lib/auth/staff";
import { createImportJob, markImportStarted, saveImportMapping, type ImportChoices } from "@/lib/import/jobs";
import { listImportedCustomers } from "@/lib/import/imported-customers";
import { suggestMapping } from "@/lib/import/mapping";
import { executeImport } from "@/lib/import/run";
import { validateImportJob } from "@/lib/import/validate-job";
import { csv, enc, HEADERS } from "./fixtures";

let user: StaffUserSession;
beforeAll(async () => {
  const created = await getDb().staffUser.create({ data: { email: "lister@example.com", name: "Lis Ter", role: "ACCOUNT_MANAGER", passwordHash: "x" } });
  user = { id: created.id, email: created.email, name: created.name, role: "ACCOUNT_MANAGER" };
});

// No organisation numbers: the external id ("CRM id") is the key that finds a customer again.
const row = (name: string, crmId: string, status = "trial") => [name, "", `${crmId}@example.com`, "Sweden", status, crmId];

async function importRows(rows: string[][], choices: ImportChoices) {
  const job = await createImportJob(user.id, "customers.csv", enc(csv([HEADERS, ...rows])));
  await saveImportMapping(user, job.id, suggestMapping(HEADERS));
  await validateImportJob(job.id);
  await markImportStarted(user, job.id, choices);
  await executeImport(job.id, { id: user.id, label: user.email });
  return getDb().importJob.findUniqueOrThrow({ where: { id: job.id } });
}

describe("listImportedCustomers", () => {
  it("lists the customers one import created or updated, and none of another import's", async () => {
    const first = await importRows([row("Alpha Dental", "ic-a"), row("Beta Dental", "ic-b")], { invalidRows: "valid", existingRows: "skip" });
    const second = await importRows(
      [row("Gamma Dental", "ic-g"), row("Beta Dental", "ic-b", "paying")],
      { invalidRows: "valid", existingRows: "update" },
    );
    const firstList = await listImportedCustomers(first, 1);
    expect(firstList.total).toBe(2);
    expect(firstList.rows.map((c) => [c.name, c.change, c.country])).toEqual([["Alpha Dental", "created", "SE"], ["Beta Dental", "created", "SE"]]);
    const secondList = await listImportedCustomers(second, 1);
    expect(secondList.rows.map((c) => [c.name, c.change])).toEqual([["Gamma Dental", "created"], ["Beta Dental", "updated"]]);
  });
});
