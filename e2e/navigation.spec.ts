// Journey: moving around as a user does (list -> customer -> tabs -> Back ... Back) keeps the
// list's URL, its filters and where the user had scrolled to. Behaviour, not time: the speed of
// these clicks is measured by the benchmark's browser suite (docs/benchmarks.md).
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("list -> customer -> tab -> Back keeps the URL, the filters and the scroll position", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await signIn(page, DEMO_USERS.support.email);

  // A filtered, sorted list of 100 rows, long enough to scroll.
  await page.goto("/customers?status=paying&sort=name&dir=asc&pageSize=100");
  const listUrl = page.url();
  await expect(page.getByRole("search").getByLabel("Status")).toHaveValue("paying");
  const rows = page.locator("table tbody tr");
  expect(await rows.count()).toBeGreaterThan(30);

  // Scroll down to a row well below the fold and open that customer.
  const row = rows.nth(30);
  await row.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(300);
  const link = row.locator('a[href^="/customers/"]').first();
  const name = (await link.textContent())!.trim();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  // Three tabs (Stats shows a loading state while it streams in, Accounts and Scanners do not),
  // then Back through each of them to the customer's details, then Back to the list.
  const tabs = page.getByRole("navigation", { name: "Customer sections" });
  await tabs.getByRole("link", { name: "Stats" }).click();
  await expect(page).toHaveURL(new RegExp(`${href}/stats$`));
  await expect(page.getByRole("heading", { level: 2, name: "Customer Statistics" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Stats" })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: "Accounts" }).click();
  await expect(page).toHaveURL(new RegExp(`${href}/accounts$`));
  await expect(page.getByRole("heading", { level: 2, name: "Accounts" })).toBeVisible();
  await expect(page.getByTestId("tab-loading")).toHaveCount(0);
  await tabs.getByRole("link", { name: "Scanners" }).click();
  await expect(page).toHaveURL(new RegExp(`${href}/scanners$`));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${href}/accounts$`));
  await expect(tabs.getByRole("link", { name: "Accounts" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("tab-loading")).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${href}/stats$`));
  await expect(page.getByRole("heading", { level: 2, name: "Customer Statistics" })).toBeVisible();
  await expect(page.getByTestId("tab-loading")).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.goBack();

  await expect(page).toHaveURL(listUrl);
  await expect(page.getByRole("search").getByLabel("Status")).toHaveValue("paying");
  await expect(rows.nth(30).locator('a[href^="/customers/"]').first()).toHaveText(name);
  // The browser restores the scroll position of the list (within a row's height).
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo - 60);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolledTo + 60);
});
