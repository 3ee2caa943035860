// Journey 2: support finds the customers with configuration warnings: through the list's Warnings
// filter (any warning, or one rule) and through the /warnings overview.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";
import { WARNING_RULES } from "../lib/warnings/rules";

const footerOf = (page: Page) => page.getByText(/^Displaying [\d,]+ customers?$/);
const warningSelect = (page: Page) => page.getByRole("search").getByLabel("Warnings");
const rows = (page: Page) => page.locator("table tbody tr");
const rowsWithoutWarnings = (page: Page) => rows(page).and(page.locator(':not([data-warnings="true"])'));

/** Signs in as support, optionally sorts by Id (seed 000's customers first), picks a Warnings
 * choice and submits; returns the unfiltered list's footer text. */
async function filterByWarnings(page: Page, choice = "any warning", options: { sortById?: boolean } = {}): Promise<string> {
  await signIn(page, DEMO_USERS.support.email);
  if (options.sortById) {
    await page.getByRole("columnheader", { name: "Id" }).getByRole("link").click();
    await expect(page).toHaveURL(/[?&]sort=id(&|$)/);
  }
  await expect(warningSelect(page)).toHaveValue("");
  const unfilteredFooter = (await footerOf(page).textContent())!;

  await warningSelect(page).selectOption({ label: choice });
  await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]warning=[a-z_]+(&|$)/);
  return unfilteredFooter;
}

test("support filters the list to customers with warnings, and Back returns to the full list", async ({ page }) => {
  const unfilteredFooter = await filterByWarnings(page, "any warning", { sortById: true });
  await expect(page).toHaveURL(/[?&]warning=any(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=id(&|$)/);
  await expect(warningSelect(page)).toHaveValue("any");

  // Zack Morris (paying, no contract) shows as a red row with a text cue, not colour alone.
  const zack = rows(page).filter({ has: page.getByRole("link", { name: "Zack Morris", exact: true }) });
  await expect(zack).toHaveCount(1);
  await expect(zack).toHaveAttribute("data-warnings", "true");
  await expect(zack).toHaveClass(/\bbg-red-/);
  await expect(zack.getByText("warnings", { exact: true })).toBeVisible();

  // Gerald Dean (trial, no warning) is filtered out, and so is every other row without warnings.
  await expect(page.getByRole("link", { name: "Gerald Dean", exact: true })).toHaveCount(0);
  await expect(rowsWithoutWarnings(page)).toHaveCount(0);
  await expect(footerOf(page)).not.toHaveText(unfilteredFooter);

  await page.goBack();

  await expect(page).not.toHaveURL(/warning=[a-z]/);
  await expect(footerOf(page)).toHaveText(unfilteredFooter);
  await expect(rowsWithoutWarnings(page).first()).toBeVisible();
});

// Chromium restores form controls as the user left them on a back_forward load; the filter bar
// opts out (autoComplete="off") so it shows what the URL says, and the next Filter does too.
test("after Back, the filter bar matches the URL (no Warnings choice)", async ({ page }) => {
  await filterByWarnings(page);

  await page.goBack();

  await expect(page).not.toHaveURL(/warning=[a-z]/);
  await expect(warningSelect(page)).toHaveValue("");
});

test("support filters the list by one rule, and the customer page names the warning", async ({ page }) => {
  await filterByWarnings(page, "paying without contract");
  await expect(page).toHaveURL(/[?&]warning=paying_without_contract(&|$)/);
  await expect(warningSelect(page)).toHaveValue("paying_without_contract");
  await expect(rowsWithoutWarnings(page)).toHaveCount(0);

  await page.getByRole("link", { name: "Zack Morris", exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: "Configuration Warning(s)" });
  await expect(banner).toHaveText(/Configuration Warning\(s\): paying without contract$/);
});

test("support opens /warnings, sees each rule with its count and follows one to the filtered list", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await page.getByRole("navigation").getByRole("link", { name: "Warnings", exact: true }).click();
  await expect(page).toHaveURL(/\/warnings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Warnings");

  // Every rule is listed; the seed gives each some customers (Zack Morris among the first).
  const rule = (id: string) => page.locator(`tr[data-rule="${id}"]`);
  await expect(page.locator("tbody tr[data-rule]")).toHaveCount(WARNING_RULES.length);
  await expect(rule("paying_without_contract")).toContainText("critical");
  await expect(rule("trial_past_end")).toContainText("warning");
  const count = (await rule("trial_past_end").locator("td").last().textContent())!.trim();
  expect(Number(count.replace(/,/g, ""))).toBeGreaterThan(0);

  await rule("trial_past_end").getByRole("link", { name: "trial past its end date" }).click();
  await expect(page).toHaveURL(/\/customers\?warning=trial_past_end$/);
  await expect(warningSelect(page)).toHaveValue("trial_past_end");
  await expect(footerOf(page)).toHaveText(`Displaying ${count} ${count === "1" ? "customer" : "customers"}`);
  await expect(rowsWithoutWarnings(page)).toHaveCount(0);
});
