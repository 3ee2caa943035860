// Journeys: an account manager changes the status of three ticked customers and archives "all N
// matching" a filter; support sees no bulk controls, and the bulk action replayed with support's
// session is refused and changes nothing. The customers are this run's own (imported first), so
// other journeys' seeded customers are never touched.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";

const COUNT = 30;
const prefix = `bulk${Date.now().toString(36)}`;
const listUrl = (params: Record<string, string>) => `/customers?${new URLSearchParams({ q: prefix, pageSize: "25", ...params })}`;
const footer = (page: Page) => page.getByText(/^Displaying [\d,]+ customers?$/);
const shownTotal = async (page: Page) => Number((await footer(page).textContent())!.replace(/\D/g, ""));
const bulkBar = (page: Page) => page.getByRole("region", { name: "Bulk actions" });

/** The bulk request the page sent, kept to replay it as support. */
let captured: { url: string; actionId: string; contentType: string; body: string; ids: number[] } | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bulk-e2e-"));
  const file = path.join(dir, "customers.csv");
  const lines = ["Company,Status,City"];
  for (let i = 1; i <= COUNT; i += 1) lines.push(`${prefix} Clinic ${String(i).padStart(2, "0")},trial,Bergen`);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  const { context, page } = await signedInContext(browser, DEMO_USERS.accountManager.email);
  await page.goto("/customers/import");
  await page.getByLabel("CSV or XLSX file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/mapping$/);
  await page.getByRole("button", { name: "Review rows" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Import finished.")).toBeVisible({ timeout: 30_000 });
  await context.close();
});

test("an account manager ticks 3 customers, changes their status, sees the toast and the updated rows", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto(listUrl({}));
  expect(await shownTotal(page)).toBe(COUNT);
  const rows = page.locator("table tbody tr");
  const names = (await rows.locator("td:nth-child(3) a").allTextContents()).slice(0, 3);
  // Keyboard: each box is labelled with its customer and ticked with the space bar.
  for (const name of names) {
    await page.getByRole("checkbox", { name: `Select ${name}` }).focus();
    await page.keyboard.press("Space");
  }
  await expect(bulkBar(page)).toContainText("3 selected");
  await bulkBar(page).getByLabel("New status").selectOption("suspended");

  const requestPromise = page.waitForRequest((request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await bulkBar(page).getByRole("button", { name: "Change status" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Change the status of 3 customers to suspended?");
  await dialog.getByRole("button", { name: "Change 3 customers" }).click();
  const request = await requestPromise;
  const body = request.postData()!;
  captured = {
    url: request.url(),
    actionId: request.headers()["next-action"],
    contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
    body,
    ids: (JSON.parse(body) as [{ target: { ids: number[] } }])[0].target.ids,
  };
  expect(captured.ids).toHaveLength(3);

  await expect(page.getByRole("region", { name: "Notifications" })).toContainText("3 customers changed");
  for (const name of names) await expect(rows.filter({ hasText: name })).toContainText("suspended");
  // The other rows keep their status, and the change survives a reload.
  await expect(rows.filter({ hasText: "suspended" })).toHaveCount(3);
  await page.reload();
  await expect(rows.filter({ hasText: "suspended" })).toHaveCount(3);
  // The selection was cleared after the action.
  await expect(page.locator('table tbody input[data-export-select="row"]:checked')).toHaveCount(0);
});

test("all matching a filter: archives exactly the matching customers", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto("/customers?archived=archived");
  const archivedBefore = await shownTotal(page);

  await page.goto(listUrl({ status: "trial" }));
  expect(await shownTotal(page)).toBe(COUNT - 3);
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(bulkBar(page)).toContainText("25 selected");
  await page.getByRole("button", { name: `Select all ${COUNT - 3} matching` }).click();
  await expect(bulkBar(page)).toContainText(`All ${COUNT - 3} customers matching selected`);
  await bulkBar(page).getByRole("button", { name: "Archive" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`Archive ${COUNT - 3} customers?`);
  await dialog.getByRole("button", { name: `Archive ${COUNT - 3} customers` }).click();
  await expect(page.getByRole("region", { name: "Notifications" })).toContainText(`${COUNT - 3} customers changed`);
  await expect(page.getByText("No customers match these filters.")).toBeVisible();

  // Exactly those: the three suspended ones stay active, and the archive grew by the matched count.
  await page.goto(listUrl({}));
  expect(await shownTotal(page)).toBe(3);
  await expect(page.locator("table tbody tr").filter({ hasText: "suspended" })).toHaveCount(3);
  await page.goto(listUrl({ archived: "archived" }));
  expect(await shownTotal(page)).toBe(COUNT - 3);
  await page.goto("/customers?archived=archived");
  expect(await shownTotal(page)).toBe(archivedBefore + COUNT - 3);
});

test("support sees no bulk controls, and the bulk action replayed with support's session is refused and writes nothing", async ({ browser, baseURL }) => {
  expect(captured, "the first journey captured the page's bulk request").not.toBeNull();
  const { url, actionId, contentType, body } = captured!;
  const send = (context: { request: import("@playwright/test").APIRequestContext }, data: string) =>
    context.request.post(url, { headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: baseURL!, "Content-Type": contentType }, data, maxRedirects: 0 });

  const manager = await signedInContext(browser, DEMO_USERS.accountManager.email);
  // Control: the replay reaches the action for the account manager (a bad status: refused with
  // its message, nothing written).
  const control = await send(manager.context, body.replace('"suspended"', '"dormant"'));
  expect(control.status()).toBe(200);
  expect(await control.text()).toContain("Choose a status: trial, paying, suspended, churned");

  const support = await signedInContext(browser, DEMO_USERS.support.email);
  await support.page.goto(listUrl({}));
  await expect(support.page.locator("table tbody tr")).toHaveCount(3);
  await expect(support.page.locator("input[data-export-select]")).toHaveCount(0);
  await expect(bulkBar(support.page)).toHaveCount(0);
  await expect(support.page.getByRole("button", { name: "Archive" })).toHaveCount(0);

  for (const change of ['"suspended"', '"churned"']) {
    const refused = await send(support.context, body.replace('"suspended"', change));
    expect(refused.status()).toBe(403);
  }
  const archive = body.replace(/"change":\{[^}]*\}/, '"change":{"kind":"archive"}');
  expect((await send(support.context, archive)).status()).toBe(403);
  await support.context.close();

  await manager.page.goto(listUrl({}));
  await expect(manager.page.locator("table tbody tr").filter({ hasText: "suspended" })).toHaveCount(3);
  await manager.page.goto(`/customers/${captured!.ids[0]}/audit`);
  await expect(manager.page.getByText("Customer updated")).toHaveCount(1);
  await manager.context.close();
});
