// Journey 2: support finds the customers with configuration warnings through the list filter.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

const footerOf = (page: Page) => page.getByText(/^Displaying [\d,]+ customers?$/);
const warningsBox = (page: Page) => page.getByRole("search").getByRole("checkbox", { name: "Warnings" });
const rows = (page: Page) => page.locator("table tbody tr");
const rowsWithoutWarnings = (page: Page) => rows(page).and(page.locator(':not([data-warnings="true"])'));

/** Signs in as support, ticks Warnings and submits; returns the unfiltered list's footer text. */
async function filterByWarnings(page: Page): Promise<string> {
  await signIn(page, DEMO_USERS.support.email);
  await expect(warningsBox(page)).not.toBeChecked();
  const unfilteredFooter = (await footerOf(page).textContent())!;

  await warningsBox(page).check();
  await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]warnings=1(&|$)/);
  return unfilteredFooter;
}

test("support filters the list to customers with warnings, and Back returns to the full list", async ({ page }) => {
  const unfilteredFooter = await filterByWarnings(page);
  await expect(warningsBox(page)).toBeChecked();

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

  await expect(page).not.toHaveURL(/warnings=/);
  await expect(footerOf(page)).toHaveText(unfilteredFooter);
  await expect(rowsWithoutWarnings(page).first()).toBeVisible();
});

// Chromium restores form controls as the user left them on a back_forward load; the filter bar
// opts out (autoComplete="off") so it shows what the URL says, and the next Filter does too.
test("after Back, the filter bar matches the URL (Warnings unticked)", async ({ page }) => {
  await filterByWarnings(page);

  await page.goBack();

  await expect(page).not.toHaveURL(/warnings=/);
  await expect(warningsBox(page)).not.toBeChecked();
});
