// Journey: an account manager imports a 1,000-row CSV with 7 bad rows, sees each bad row's number
// in the review, imports the valid rows and downloads the error file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { orgNumber } from "../tests/helpers/organisation-numbers";
import { DEMO_USERS, signIn } from "./helpers/auth";

const ROWS = 1000;
// Valid organisation numbers (MOD11) of this run: three leading digits of its own, so a re-run on
// the same database does not match the last run's customers.
const orgDigits = String(100 + (Date.now() % 900));
// Data-row index -> how it is broken. The spreadsheet row number is index + 2 (header is row 1).
const BAD: Record<number, (cells: string[], prefix: string) => void> = {
  4: (cells) => (cells[2] = "not-an-email"),
  97: (cells) => (cells[3] = "Narnia"),
  250: (cells) => (cells[4] = "dormant"),
  401: (cells) => (cells[0] = ""),
  612: (cells, prefix) => (cells[1] = orgNumber(prefix, 3, orgDigits)), // the organisation number of spreadsheet row 5
  800: (cells) => (cells[0] = "N".repeat(300)),
  998: (cells) => (cells[2] = "two@@example.com"),
};

function buildFile(prefix: string): string {
  const lines = [["Company", "Org nr", "E-mail", "Country", "Status", "City"].join(",")];
  for (let i = 0; i < ROWS; i += 1) {
    // No "paying" rows: paying without a contract is a warning, and 300 new warning rows would
    // push the seeded ones off the first page other journeys (warnings-filter) look at.
    const cells = [`${prefix} Clinic ${i}`, orgNumber(prefix, i, orgDigits), `billing${i}@${prefix}.example.com`, "NO", i % 3 === 0 ? "Churned" : "trial", "Bergen"];
    BAD[i]?.(cells, prefix);
    lines.push(cells.join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

test("account manager imports 1,000 rows with 7 bad ones and downloads the error file", async ({ page }) => {
  const prefix = `imp${Date.now().toString(36)}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
  const file = path.join(dir, "crm-export.csv");
  writeFileSync(file, buildFile(prefix));
  const badRows = Object.keys(BAD).map((index) => Number(index) + 2);

  await signIn(page, DEMO_USERS.accountManager.email);
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(/\/customers\/import$/);
  await page.getByLabel("CSV or XLSX file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload" }).click();

  // Mapping: the headers were matched by name; keep them.
  await expect(page).toHaveURL(/\/customers\/import\/\d+\/mapping$/);
  await expect(page.getByLabel("Customer field for Company")).toHaveValue("name");
  await expect(page.getByLabel("Customer field for Org nr")).toHaveValue("organisationNumber");
  await page.getByRole("button", { name: "Review rows" }).click();

  // Review: each bad row by number.
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "7 rows have problems" })).toBeVisible();
  const issues = page.getByRole("table", { name: "Problems by row" });
  const shownRows = (await issues.locator("tbody tr td:first-child").allTextContents()).map(Number);
  expect([...new Set(shownRows)].sort((a, b) => a - b)).toEqual(badRows);
  await expect(issues.getByRole("row").filter({ hasText: "Duplicate of row 5" })).toContainText("614");
  // The rejected value beside the problem.
  await expect(issues.getByRole("row").filter({ hasText: "Unknown country" })).toContainText("Narnia");

  await page.getByLabel(/Import the 993 valid rows/).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText("Import finished.")).toBeVisible({ timeout: 30_000 });
  const created = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Created$/ }) }).locator("dd");
  await expect(created).toHaveText("993");
  const failed = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Failed$/ }) }).locator("dd");
  await expect(failed).toHaveText("7");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download errors (CSV)" }).click();
  const download = await downloadPromise;
  const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toBe("Row,Errors,Company,Org nr,E-mail,Country,Status,City");
  expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(badRows);
  expect(text).toContain("E-mail: Enter a valid email address");
  expect(text).toContain("Country: Unknown country");
  expect(text).toContain("Status: Choose a status from the list");
  expect(text).toContain("Company: Name is required");

  // "Imported customers" lists this import's customers only.
  await page.getByRole("link", { name: "Imported customers" }).click();
  await expect(page.getByRole("heading", { name: /Customers from import #\d+/ })).toBeVisible();
  await expect(page.getByText(/created or updated \(993\)/)).toBeVisible();
  await expect(page.getByRole("link", { name: `${prefix} Clinic 0`, exact: true })).toBeVisible();

  // The imported customers are in the list, with origin Import.
  await page.goto(`/customers?q=${prefix}&origin=import`);
  await expect(page.getByText("Displaying 993 customers")).toBeVisible();
});

test("support has no Import link, the import page answers 403 and the upload route refuses the file", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const response = await page.goto("/customers/import");
  expect(response?.status()).toBe(403);
  const upload = await page.request.post("/customers/import/upload", {
    multipart: { file: { name: "c.csv", mimeType: "text/csv", buffer: Buffer.from("Name\r\nSneaky Clinic\r\n") } },
  });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error).toMatch(/permission/);
});

test("a bad file gets a clear message and no import starts", async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
  const file = path.join(dir, "header-only.csv");
  writeFileSync(file, "Company;Org nr;E-mail\r\n");
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto("/customers/import");
  await page.getByLabel("CSV or XLSX file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no data rows" })).toHaveText("The file has a header row but no data rows: there is nothing to import.");
  await expect(page).toHaveURL(/\/customers\/import$/);
});
