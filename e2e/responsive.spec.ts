// Journey: on a 390 px phone screen the console fits the viewport (the table scrolls inside its
// card), the navigation sits behind a Menu button, and Sign out is reachable through it.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

// Seed 000's Zack Morris: a Risk panel with findings, and rows on every tab seed 002 added.
const ZACK = "/customers/163";
const ZACK_TABS = ["", "/accounts", "/stats", "/scanners", "/contracts", "/locations", "/assets", "/assets-owned", "/projects", "/subscriptions", "/orders", "/users", "/settings", "/audit"].map((tab) => `${ZACK}${tab}`);

const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("at 390 px the pages fit the screen, and the menu opens to sign out", async ({ page }) => {
  test.setTimeout(240_000); // 27 pages on a shared, loaded machine
  await signIn(page, DEMO_USERS.admin.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/customers");

  const menu = page.getByRole("button", { name: "Menu" });
  const signOut = page.getByRole("button", { name: "Sign out" });
  await expect(menu).toBeVisible();
  await expect(signOut).toBeHidden();
  expect(await documentWidth(page)).toBeLessThanOrEqual(390);

  // The customers table is wider than the phone: it scrolls inside its card instead.
  const tableScroller = page.getByRole("table").first().locator("xpath=..");
  expect(await tableScroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);

  // The list's popovers open inside the screen too.
  const tooWide: string[] = [];
  const measure = async (what: string) => {
    const width = await documentWidth(page);
    if (width > 390) tooWide.push(`${what}: ${width} px`);
  };
  const chooser = page.locator("details").filter({ has: page.locator('ul[aria-label="Columns"]') });
  await chooser.locator("summary").click();
  await expect(chooser.getByRole("checkbox", { name: "Country" })).toBeVisible();
  await measure("/customers (Columns chooser open)");
  await chooser.locator("summary").click();
  const riskHeader = page.getByRole("columnheader", { name: /^Risk/ });
  await riskHeader.locator("summary").click();
  await expect(riskHeader.getByRole("form", { name: "Filter by Risk" })).toBeVisible();
  await measure("/customers (Risk header filter open)");

  // Every page is measured, so one run names all that are too wide.
  const customerHref = await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
  for (const url of [customerHref!, `${customerHref}/contracts`, `${customerHref}/edit`, "/customers/new", "/warnings", "/settings/api-tokens", "/customers/import", "/settings/staff", "/settings/activity", "/settings/account", ...ZACK_TABS]) {
    await page.goto(url);
    if (url === ZACK) await expect(page.getByTestId("risk-findings")).toBeVisible();
    await measure(url);
  }
  expect(tooWide).toEqual([]);

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Warnings" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(DEMO_USERS.admin.roleLabel);
  await signOut.click();
  await page.waitForURL("**/signin**");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("on a wide screen the navigation shows without a menu button", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Warnings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
