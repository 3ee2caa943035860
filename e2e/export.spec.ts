// Journey: finance exports the paying customers with warnings as CSV and XLSX, and the files
// hold exactly the list's rows; chosen rows export alone; support cannot export at all.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expect, test, type Download, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

const footerOf = (page: Page) => page.getByText(/^Displaying [\d,]+ customers?$/);
const rowBoxes = (page: Page) => page.locator('table tbody input[data-export-select="row"]');
const exportNav = (page: Page) => page.getByRole("navigation", { name: "Export" });

/** Every id the list shows for the current URL's filter, across all its pages. */
async function listedIds(page: Page): Promise<number[]> {
  const base = new URL(page.url());
  base.searchParams.set("pageSize", "200");
  const ids: number[] = [];
  for (let number = 1; number <= 50; number += 1) {
    base.searchParams.set("page", String(number));
    await page.goto(base.toString());
    const values = await rowBoxes(page).evaluateAll((boxes) => boxes.map((box) => Number((box as HTMLInputElement).value)));
    ids.push(...values);
    if (!(await page.getByRole("link", { name: "Next ›" }).count())) break;
  }
  return ids;
}

async function downloadBytes(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

function csvIds(text: string): { header: string[]; ids: number[] } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { newline: "\r\n", skipEmptyLines: true }).data;
  return { header: rows[0], ids: rows.slice(1).map((row) => Number(row[0])) };
}

async function xlsxIds(bytes: Buffer): Promise<{ ids: number[]; idType: ExcelJS.ValueType; createdType: ExcelJS.ValueType }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const ids: number[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) ids.push(row.getCell(1).value as number);
  });
  return { ids, idType: sheet.getRow(2).getCell(1).type, createdType: sheet.getRow(2).getCell(7).type };
}

test("finance exports paying customers with warnings as CSV and XLSX: exactly the listed rows", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  const filters = page.getByRole("search");
  await filters.getByLabel("Status").selectOption("paying");
  await filters.getByLabel("Warnings").selectOption({ label: "any warning" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=paying/);
  const total = Number((await footerOf(page).textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(0);
  const filteredUrl = page.url();
  const expected = await listedIds(page);
  expect(expected).toHaveLength(total);
  await page.goto(filteredUrl);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), exportNav(page).getByRole("link", { name: "Export CSV", exact: true }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^customers-paying-warnings-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = csvIds((await downloadBytes(csvDownload)).toString("utf8"));
  // Every column is visible until the user chooses: the export follows the visible columns.
  expect(csv.header).toEqual([
    "Id", "Name", "Status", "Origin", "Location", "Country", "Created", "Account manager", "Subscriptions", "Users", "MRR", "Currency", "ARR",
    "Risk score", "Risk level", "Last updated", "Website", "Warnings", "URL",
  ]);
  expect(csv.ids).toEqual(expected);

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), exportNav(page).getByRole("link", { name: "Export XLSX" }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/^customers-paying-warnings-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = await xlsxIds(await downloadBytes(xlsxDownload));
  expect(xlsx.ids).toEqual(expected);
  expect(xlsx.idType).toBe(ExcelJS.ValueType.Number);
  expect(xlsx.createdType).toBe(ExcelJS.ValueType.Date);

  const [excelDownload] = await Promise.all([page.waitForEvent("download"), exportNav(page).getByRole("link", { name: "Export CSV for Excel" }).click()]);
  const excelBytes = await downloadBytes(excelDownload);
  expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvIds(excelBytes.toString("utf8")).ids).toEqual(expected);
});

test("finance exports only the rows ticked on the page", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  const boxes = rowBoxes(page);
  const chosen = [await boxes.nth(1).inputValue(), await boxes.nth(3).inputValue()].map(Number);
  await boxes.nth(1).check();
  await boxes.nth(3).check();
  await expect(page.getByText("2 selected")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export selected (2) CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^customers-selected-2-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvIds((await downloadBytes(download)).toString("utf8")).ids).toEqual(chosen);

  // The page checkbox ticks the page; then every matching customer can be chosen.
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(boxes.first()).toBeChecked();
  await page.getByRole("button", { name: /^Select all [\d,]+ matching$/ }).click();
  const total = (await footerOf(page).textContent())!.replace(/\D/g, "");
  await expect(page.getByText(`All ${Number(total).toLocaleString("en-US")} matching customers selected.`)).toBeVisible();
});

test("bad export requests get 400 with a message", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  const badFormat = await page.request.get("/customers/export?format=xls");
  expect(badFormat.status()).toBe(400);
  expect(await badFormat.json()).toEqual({ error: "format must be csv or xlsx" });
  const badIds = await page.request.post("/customers/export?format=csv", { form: { ids: "12,abc" } });
  expect(badIds.status()).toBe(400);
  expect(await badIds.json()).toEqual({ error: "ids must be customer ids" });
});

test("support sees no export controls and the route answers 403", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await expect(page.getByRole("link", { name: "Export CSV", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export XLSX" })).toHaveCount(0);
  await expect(rowBoxes(page)).toHaveCount(0);

  const get = await page.request.get("/customers/export?format=csv");
  expect(get.status()).toBe(403);
  expect(await get.json()).toEqual({ error: "Your role may not export customers" });
  const post = await page.request.post("/customers/export?format=xlsx", { form: { ids: "1" } });
  expect(post.status()).toBe(403);
});

test("signed out, the route does not export", async ({ request }) => {
  const response = await request.get("/customers/export?format=csv", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});
