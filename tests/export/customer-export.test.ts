// Integration: the export reads exactly the list's rows, in its order, across many batches, and
// the streamed XLSX reads back with real numbers, dates, a bold frozen header and an autofilter.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { archiveCustomer, createCustomer } from "@/lib/customers/mutations";
import { findCustomers } from "@/lib/customers/queries";
import { customerInputSchema, parseCustomerListQuery, SORT_COLUMNS } from "@/lib/customers/schema";
import { createCustomerExport } from "@/lib/export/customer-export";
import { parseExportRequest } from "@/lib/export/request";
import { readExportBatches } from "@/lib/export/rows";
import { WARNING_RULES } from "@/lib/warnings/rules";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

const context = { origin: "http://console.test" };
let actor: AuditActor;

beforeAll(async () => {
  actor = await createStaffActor();
  const managers = [actor.id, (await createStaffActor()).id, null];
  const cities = ["Oslo", "Bergen", null, "Tromsø", "Oslo"];
  const regions = ["Viken", null, "Vestland"];
  const countries = ["NO", null, "SE", "US"];
  const statuses = ["paying", "trial", "paying", "suspended"];
  for (let index = 0; index < 23; index += 1) {
    const customer = await createCustomer(
      actor,
      customerInputSchema.parse({
        name: index % 5 === 0 ? "Same Name" : index === 8 ? "100% Dental_Care" : `Customer ${String.fromCharCode(65 + (index % 7))}${index}`,
        status: statuses[index % statuses.length],
        city: cities[index % cities.length] ?? "",
        region: regions[index % regions.length] ?? "",
        country: countries[index % countries.length] ?? "",
      }),
    );
    // Repeated creation times and managers make ties the id must break.
    await getDb().customer.update({
      where: { id: customer.id },
      data: { createdAt: new Date(Date.UTC(2020, 0, 1 + (index % 4))), accountManagerId: managers[index % managers.length] },
    });
    if (index % 6 === 1) await archiveCustomer(actor, customer.id);
  }
  // One paying customer gets a billing email: it keeps the contract warning but not the email one.
  const paying = await findCustomers(parseCustomerListQuery({ status: "paying", sort: "id", dir: "asc" }));
  await getDb().customer.update({ where: { id: paying.rows[0].id }, data: { billingEmail: "billing@example.com" } });
});

async function allBatched(params: Record<string, string>, batchSize: number) {
  const ids: number[] = [];
  let batches = 0;
  for await (const batch of readExportBatches({ kind: "filter", query: parseCustomerListQuery(params) }, { batchSize })) {
    batches += 1;
    ids.push(...batch.map((row) => row.id));
  }
  return { ids, batches };
}

async function listIds(params: Record<string, string>) {
  const result = await findCustomers(parseCustomerListQuery({ ...params, pageSize: "200" }));
  return result.rows.map((row) => row.id);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}

async function lastExportAudit() {
  const row = await getDb().auditLog.findFirst({ where: { action: "customers.exported" }, orderBy: { id: "desc" } });
  return row && { ...row, changes: JSON.parse(row.changes) };
}

describe("readExportBatches", () => {
  for (const sort of SORT_COLUMNS) {
    for (const dir of ["asc", "desc"]) {
      it(`walks sort=${sort} ${dir} in the list's order across batches`, async () => {
        const params = { sort, dir, archived: "all" };
        const expected = await listIds(params);
        const { ids, batches } = await allBatched(params, 3);
        expect(expected.length).toBe(23);
        expect(batches).toBeGreaterThan(5);
        expect(ids).toEqual(expected);
      });
    }
  }

  const filters: Record<string, string>[] = [
    { status: "paying", q: "oslo" },
    { q: "100%" },
    { q: "dental_c" },
    { warning: "any" },
    { warning: "paying_without_contract", sort: "name" },
    { warning: "paying_without_billing_email", sort: "accountManager", dir: "asc" },
    { archived: "archived" },
    { archived: "all", sort: "location", dir: "desc" },
    { archived: "all", status: "trial", origin: "manage", sort: "country" },
  ];
  for (const params of filters) {
    it(`exports exactly the rows of ${new URLSearchParams(params)}`, async () => {
      const expected = await listIds(params);
      expect(expected.length).toBeGreaterThan(0);
      expect((await allBatched(params, 2)).ids).toEqual(expected);
    });
  }

  it("finds no rows where the list finds none", async () => {
    expect(await listIds({ q: "no such customer" })).toEqual([]);
    expect((await allBatched({ q: "no such customer" }, 2)).ids).toEqual([]);
  });
});

describe("createCustomerExport", () => {
  it("streams an XLSX with typed cells, a bold frozen header, an autofilter, and audits it", async () => {
    const parsed = parseExportRequest({ format: "xlsx", status: "paying" });
    if (!parsed.ok) throw new Error(parsed.error);
    const file = createCustomerExport(actor, parsed.request, context, { batchSize: 4, now: new Date("2026-11-24T12:00:00Z") });
    expect(file.filename).toBe("customers-paying-2026-11-24.xlsx");

    const workbook = new ExcelJS.Workbook();
    const bytes = await readAll(file.body);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet("Customers")!;
    const expected = await findCustomers(parseCustomerListQuery({ status: "paying", pageSize: "200" }));

    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined, "Id", "Name", "Status", "Origin", "Location", "Country", "Created", "Account manager", "Subscriptions", "Users", "MRR", "Currency", "ARR",
      "Risk score", "Risk level", "Last updated", "Website", "Warnings", "URL",
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:S1");
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);

    expect(sheet.rowCount - 1).toBe(expected.total);
    const ids = [];
    for (let index = 2; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Date);
      expect(row.getCell(7).numFmt).toBe("yyyy-mm-dd");
      ids.push(row.getCell(1).value);
    }
    expect(ids).toEqual(expected.rows.map((row) => row.id));
    const first = expected.rows[0];
    expect(sheet.getRow(2).getCell(7).value).toEqual(first.createdAt);
    expect(sheet.getRow(2).getCell(19).value).toBe(`http://console.test/customers/${first.id}`);

    const audit = await lastExportAudit();
    expect(audit).toMatchObject({ actorId: actor.id, entityType: "customer", entityId: "export" });
    expect(audit!.changes).toMatchObject({ format: "xlsx", filter: { status: "paying" }, rows: expected.total });
    expect(audit!.changes.aborted).toBeUndefined();
  });

  it("streams chosen rows as CSV with the header first, and audits the selection", async () => {
    const some = (await listIds({})).slice(0, 5);
    const parsed = parseExportRequest({ format: "csv", bom: "1", ids: some.join(",") });
    if (!parsed.ok) throw new Error(parsed.error);
    const file = createCustomerExport(actor, parsed.request, context, { batchSize: 2 });
    const text = (await readAll(file.body)).toString("utf8");
    expect(text.startsWith("\uFEFFId,Name,")).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(some);
    expect((await lastExportAudit())!.changes).toMatchObject({ format: "csv", bom: true, selection: 5, rows: 5 });
  });

  it("names each row's stored warnings in the Warnings column, and none for rows without", async () => {
    const parsed = parseExportRequest({ format: "csv", archived: "all", sort: "id", dir: "asc" });
    if (!parsed.ok) throw new Error(parsed.error);
    const text = (await readAll(createCustomerExport(actor, parsed.request, context, { batchSize: 4 }).body)).toString("utf8");
    const [header, ...rows] = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true }).data;
    const warningsAt = header.indexOf("Warnings");
    expect(warningsAt).toBe(17);
    const stored = await getDb().customerWarning.findMany({ select: { customerId: true, rule: true } });
    const messages = new Map(WARNING_RULES.map((rule) => [rule.id, rule.message]));
    let warned = 0;
    for (const row of rows) {
      const expected = WARNING_RULES.filter((rule) => stored.some((w) => w.customerId === Number(row[0]) && w.rule === rule.id));
      if (expected.length > 0) warned += 1;
      expect(row[warningsAt]).toBe(expected.map((rule) => messages.get(rule.id)).join("; "));
    }
    expect(warned).toBeGreaterThan(1);
    expect(rows.some((row) => row[warningsAt].includes("; "))).toBe(true); // a row with two warnings
  });

  it("writes the audit row with the rows sent when the client goes away", async () => {
    const parsed = parseExportRequest({ format: "csv" });
    if (!parsed.ok) throw new Error(parsed.error);
    const file = createCustomerExport(actor, parsed.request, context, { batchSize: 3 });
    const reader = file.body.getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    await reader.cancel();
    expect((await lastExportAudit())!.changes).toMatchObject({ format: "csv", rows: 3, aborted: true });
  });
});
