// Integration: the Website field end to end on a real database, through the console's action, the
// API and the import: stored, searchable, exported and audited when good; refused beside the
// field with nothing written when bad.
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { uid: undefined as number | undefined };
});
vi.mock("next-auth", () => ({ getServerSession: async () => (session.uid ? { uid: session.uid, sv: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { PATCH } from "@/app/api/v1/customers/[id]/route";
import { updateCustomerAction } from "@/lib/customers/actions";
import { createCustomer } from "@/lib/customers/mutations";
import { findCustomers } from "@/lib/customers/queries";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { getDb } from "@/lib/db/client";
import { csvHeader, csvLines } from "@/lib/export/csv";
import { readExportBatches } from "@/lib/export/rows";
import { createImportJob, markImportStarted, saveImportMapping } from "@/lib/import/jobs";
import { executeImport } from "@/lib/import/run";
import { validateImportJob } from "@/lib/import/validate-job";
import { apiRequest, createToken, idParams, ifMatchCurrent } from "../api/helpers";
import { createStaffActor } from "../helpers/factories";
import { csv, enc } from "../import/fixtures";

const NOT_HTTPS = "Enter the website as a full address starting with https://, such as https://example.com";

let managerId: number;
let customerId: number;
beforeAll(async () => {
  const manager = await createStaffActor("ACCOUNT_MANAGER");
  managerId = manager.id!;
  customerId = (await createCustomer(manager, customerInputSchema.parse({ name: "Web Clinic" }))).id;
});

const stored = () => getDb().customer.findUniqueOrThrow({ where: { id: customerId } });
const version = async () => String((await stored()).version);
const auditCount = () => getDb().auditLog.count({ where: { customerId } });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

describe("website through the console", () => {
  it("refuses a non-https address beside the field and writes nothing", async () => {
    session.uid = managerId;
    const audits = await auditCount();
    const result = await updateCustomerAction(null, form({ id: String(customerId), version: await version(), name: "Web Clinic", website: "http://web.example.com" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { website: [NOT_HTTPS] }, values: { website: "http://web.example.com" } });
    expect((await stored()).website).toBeNull();
    expect(await auditCount()).toBe(audits);
  });

  it("stores a good one, audits it, and finds the customer by it", async () => {
    session.uid = managerId;
    await expect(updateCustomerAction(null, form({ id: String(customerId), version: await version(), name: "Web Clinic", website: "https://Web-Clinic.example.com/" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/customers/${customerId}`),
    });
    expect((await stored()).website).toBe("https://Web-Clinic.example.com/");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { customerId, action: "customer.updated" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.changes)).toEqual({ website: { before: null, after: "https://Web-Clinic.example.com/" } });
    const found = await findCustomers(parseCustomerListQuery({ q: "web-clinic.example" }));
    expect(found.rows.map((row) => row.id)).toEqual([customerId]);
  });

  it("exports it in its own column", async () => {
    const batches = [];
    for await (const batch of readExportBatches({ kind: "ids", ids: [customerId], query: { sort: "id", dir: "asc" } })) batches.push(...batch);
    const header = csvHeader({ bom: false }).trim().split(",");
    const cells = csvLines(batches, { origin: "https://console.example" }).trim().split(",");
    expect(cells[header.indexOf("Website")]).toBe("https://Web-Clinic.example.com/");
  });
});

describe("website through the API", () => {
  it("answers 400 with the field's message and writes nothing, then stores a good one", async () => {
    const { token } = await createToken("read_write");
    const audits = await auditCount();
    const bad = await PATCH(apiRequest(`/customers/${customerId}`, { token, method: "PATCH", body: { website: "ftp://files.example.com" }, headers: await ifMatchCurrent(customerId) }), idParams(customerId));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fieldErrors).toEqual({ website: [NOT_HTTPS] });
    expect(await auditCount()).toBe(audits);

    const good = await PATCH(apiRequest(`/customers/${customerId}`, { token, method: "PATCH", body: { website: "https://api.example.com" }, headers: await ifMatchCurrent(customerId) }), idParams(customerId));
    expect(good.status).toBe(200);
    expect((await good.json()).website).toBe("https://api.example.com");
    expect((await stored()).website).toBe("https://api.example.com");
  });
});

describe("website through the import", () => {
  it("imports the good row and reports the bad one by row and column, writing nothing for it", async () => {
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { id: managerId } });
    const headers = ["Company", "Homepage"];
    const job = await createImportJob(user.id, "web.csv", enc(csv([headers, ["Web Good AS", "https://good.example.no"], ["Web Bad AS", "good.example.no"]])));
    await saveImportMapping({ id: user.id, email: user.email, name: user.name, role: "ACCOUNT_MANAGER" }, job.id, { Company: "name", Homepage: "website" });
    await validateImportJob(job.id);
    await markImportStarted({ id: user.id, email: user.email, name: user.name, role: "ACCOUNT_MANAGER" }, job.id, { invalidRows: "valid", existingRows: "skip" });
    await executeImport(job.id, { id: user.id, label: user.email });
    expect(await getDb().importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "done", created: 1, failed: 1 });
    expect((await getDb().customer.findFirstOrThrow({ where: { name: "Web Good AS" } })).website).toBe("https://good.example.no");
    expect(await getDb().customer.count({ where: { name: "Web Bad AS" } })).toBe(0);
  });
});
