// Journeys on the customers table's revenue and risk columns, the column chooser and saved views
// (issue 12 items 6 and 7): finance sorts by ARR and finds ARR = 12 x MRR on the top customer's
// page; an account manager hides two columns and they stay hidden after a reload; a saved view
// is created, applied by someone it is shared with, and deleted by its owner.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
/** "NOK 1,920.50" or "$1,920.50" -> 192050 (minor units). */
const minorOf = (text: string | null) => Number((text ?? "").replace(/[^0-9]/g, ""));

/** The table's sortable headers, once the table has streamed in (the list has a loading skeleton). */
async function headerTexts(page: Page): Promise<string[]> {
  await page.locator("thead th a").first().waitFor();
  return (await page.locator("thead th a").allTextContents()).map((text) => text.replace(/[▲▼]/g, "").trim());
}

async function columnCells(page: Page, label: string) {
  const index = (await page.locator("thead th").evaluateAll((cells, wanted) =>
    cells.findIndex((cell) => cell.querySelector("a")?.textContent?.replace(/[▲▼]/g, "").trim() === wanted), label));
  expect(index, label).toBeGreaterThanOrEqual(0);
  return page.locator(`tbody tr td:nth-child(${index + 1})`);
}

const chooser = (page: Page) => page.locator("details").filter({ has: page.locator('ul[aria-label="Columns"]') });

test("finance sorts the customers by ARR, highest first, and the top customer's page shows ARR = 12 x MRR", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  await page.getByRole("columnheader", { name: /^ARR/ }).getByRole("link", { name: "ARR" }).click();
  await expect(page).toHaveURL(/[?&]sort=arr(&|$)/);
  await expect(page.getByRole("columnheader", { name: /^ARR/ })).toHaveAttribute("aria-sort", "descending");

  const arr = (await (await columnCells(page, "ARR")).allTextContents()).map(minorOf);
  expect(arr.length).toBeGreaterThan(10);
  expect(arr[0]).toBeGreaterThan(0);
  expect(arr).toEqual([...arr].sort((a, b) => b - a)); // highest first, in stored minor units
  const listedArr = await (await columnCells(page, "ARR")).first().textContent();

  await page.locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/customers\/\d+$/);
  const mrr = minorOf(await page.getByTestId("customer-revenue-mrr").textContent());
  const pageArr = await page.getByTestId("customer-revenue-arr").textContent();
  expect(mrr).toBeGreaterThan(0);
  expect(minorOf(pageArr)).toBe(12 * mrr);
  expect(pageArr?.trim()).toBe(listedArr?.trim());
});

test("an account manager hides two columns and moves one; after a reload they stay so", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  const before = await headerTexts(page);
  expect(before).toEqual(expect.arrayContaining(["Country", "Users", "ARR", "Risk"]));

  await chooser(page).locator("summary").click();
  await chooser(page).getByRole("checkbox", { name: "Country" }).uncheck();
  await chooser(page).getByRole("checkbox", { name: "Users" }).uncheck();
  await chooser(page).getByRole("button", { name: "Move Risk up" }).click();
  await chooser(page).getByRole("button", { name: "Save columns" }).click();
  await expect(page.getByRole("columnheader", { name: /^Country/ })).toHaveCount(0);

  await page.reload();
  const after = await headerTexts(page);
  expect(after).not.toContain("Country");
  expect(after).not.toContain("Users");
  expect(after.indexOf("Risk")).toBe(after.indexOf("ARR") - 1); // Risk moved before ARR
  expect(after).toHaveLength(before.length - 2);
  // Another staff user's table is their own.
  const { context, page: finance } = await signedInContext(page.context().browser()!, DEMO_USERS.finance.email);
  expect(await headerTexts(finance)).toContain("Country");
  await context.close();

  // A hand-edited link with unknown columns or sort shows what it can, never an error.
  const response = await page.goto("/customers?cols=arr,passwordHash&sort=passwordHash&risk=extreme");
  expect(response?.status()).toBe(200);
  expect(await headerTexts(page)).toEqual(["Name", "ARR"]);

  // Put the columns back for the other journeys.
  await page.goto("/customers");
  await chooser(page).locator("summary").click();
  await chooser(page).getByRole("checkbox", { name: "Country" }).check();
  await chooser(page).getByRole("checkbox", { name: "Users" }).check();
  await chooser(page).getByRole("button", { name: "Move Risk down" }).click();
  await chooser(page).getByRole("button", { name: "Save columns" }).click();
  await expect(page.getByRole("columnheader", { name: /^Country/ })).toHaveCount(1);
});

test("a saved view keeps filter, sort and columns, is shared with finance, and is deleted by its owner", async ({ page, browser }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  const filters = page.getByRole("search");
  await filters.getByRole("checkbox", { name: "HIGH" }).check();
  await filters.getByRole("checkbox", { name: "CRITICAL" }).check();
  await filters.getByLabel("MRR at least").fill("10");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/mrrMin=10&risk=high%2Ccritical/);
  await page.getByRole("columnheader", { name: /^Risk/ }).getByRole("link", { name: "Risk" }).click();
  await expect(page).toHaveURL(/sort=risk/);
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips).toContainText("Risk: HIGH or CRITICAL");
  await expect(chips).toContainText("MRR at least 10");
  const listed = await page.locator("tbody tr").count();

  const name = unique("At risk");
  const save = page.getByRole("form", { name: "Save this view" });
  await save.getByLabel("Save this view as").fill(name);
  await save.getByLabel("Share with everyone").check();
  await save.getByRole("button", { name: "Save view" }).click();
  const views = page.getByRole("list", { name: "Saved views" });
  await expect(views.getByRole("link", { name })).toBeVisible();

  // The same name again: a clear message, no second view.
  await save.getByLabel("Save this view as").fill(name);
  await save.getByRole("button", { name: "Save view" }).click();
  await expect(save.getByRole("alert")).toContainText("already have a view named");
  await expect(views.getByRole("link", { name })).toHaveCount(1);

  const { context, page: finance } = await signedInContext(browser, DEMO_USERS.finance.email);
  const shared = finance.getByRole("list", { name: "Saved views" }).getByRole("listitem").filter({ hasText: name });
  await expect(shared).toContainText(`by ${DEMO_USERS.accountManager.name}`);
  await expect(shared.getByRole("button", { name: `Delete view ${name}` })).toHaveCount(0);
  await shared.getByRole("link", { name }).click();
  await expect(finance).toHaveURL(/risk=high%2Ccritical/);
  await expect(finance).toHaveURL(/sort=risk/);
  await expect(finance.getByRole("list", { name: "Active filters" })).toContainText("Risk: HIGH or CRITICAL");
  await expect(finance.getByRole("columnheader", { name: /^Risk/ })).toHaveAttribute("aria-sort", "descending");
  await expect(finance.locator("tbody tr")).toHaveCount(listed);
  await context.close();

  await views.getByRole("button", { name: `Delete view ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete view" }).click();
  await expect(views.getByRole("link", { name })).toHaveCount(0);
});
