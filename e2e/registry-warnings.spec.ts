// Journey: a customer's company goes bankrupt. The account manager checks the registry (the local
// stub, whose fixture for 922 000 115 is a bankruptcy of 2026-11-20) from the customer page and
// takes the registry's address; support then filters the list by the bankruptcy warning and sees
// the customer red, with the reason on its page.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

const BANKRUPT_RULE = "bankrupt according to the company registry";
const banner = (page: Page) => page.getByRole("alert").filter({ hasText: "Configuration Warning(s)" });

test("an account manager checks the registry; support finds the bankrupt customer red with the reason", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto("/customers/new?orgnr=922000115");
  await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("FJELLTOPP RØNTGEN AS");
  await page.getByLabel(/^Status/).selectOption("paying");
  await page.getByRole("textbox", { name: "Address line 1", exact: true }).fill("Fjellveien 1");
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  const customerPath = new URL(page.url()).pathname;
  const registry = page.getByRole("region", { name: "Company registry" });
  await expect(registry).toContainText("Not checked against the registry yet.");
  await expect(banner(page)).not.toContainText(BANKRUPT_RULE);

  await registry.getByRole("button", { name: "Check registry now" }).click();
  await expect(registry.getByRole("status")).toHaveText("Checked: bankrupt since 2026-11-20 (changed).");
  // The write refreshes the whole page: the banner and the panel, without a reload.
  await expect(banner(page)).toContainText(BANKRUPT_RULE);
  await expect(registry.getByTestId("registry-status")).toContainText("bankrupt since 2026-11-20");

  // Our address differs from the registry's; taking it is one audited edit.
  const differences = registry.getByTestId("registry-differences");
  await expect(differences.getByRole("row", { name: /Address line 1/ })).toContainText("Fjellveien 1Fjellveien 12");
  await differences.getByRole("button", { name: "Use the registry's values" }).click();
  await expect(registry.getByTestId("registry-differences")).toHaveCount(0);
  await page.reload();
  await expect(page.locator("dl > div").filter({ hasText: /^Address/ }).locator("dd")).toContainText("Fjellveien 12");

  // Support: the list's Warnings filter offers the rule, and the customer shows red.
  await page.context().clearCookies();
  await signIn(page, DEMO_USERS.support.email);
  const search = page.getByRole("search");
  await search.getByLabel("Warnings").selectOption({ label: BANKRUPT_RULE });
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]warning=registry_bankrupt(&|$)/);
  const row = page.locator("table tbody tr").filter({ has: page.locator(`a[href="${customerPath}"]`) });
  await expect(row).toHaveAttribute("data-warnings", "true");
  await expect(row).toHaveClass(/\bbg-red-/);
  await expect(page.locator("table tbody tr:not([data-warnings=\"true\"])")).toHaveCount(0);

  await row.locator(`a[href="${customerPath}"]`).first().click();
  await page.waitForURL(`**${customerPath}`);
  await expect(banner(page)).toContainText(BANKRUPT_RULE);
  await expect(banner(page).locator('[data-severity="critical"]', { hasText: BANKRUPT_RULE })).toBeVisible();
  await expect(page.getByTestId("registry-status")).toHaveText(/Brønnøysund register: bankrupt since 2026-11-20/);
  // Support reads, and cannot check or change.
  await expect(page.getByRole("button", { name: "Check registry now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Use the registry's values" })).toHaveCount(0);
});
