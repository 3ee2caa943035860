// Journeys on the customer page's tabs: an account manager adds the clinic's account to a newly
// signed customer, edits and removes it (with a confirmation), and the audit log records each
// step; support reads but cannot write; Stats and Scanners show seed 000's figures.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";
import { actionIdOf, fetchActionBody, fetchActionHeaders, readActionFields } from "./helpers/server-actions";

// Seed 000's customers (prisma/seed.ts): Zack Morris has no account yet; Hayden Parker has one
// (account 1), the 2017 statistics and the scanner the help page shows.
const ZACK = 163;
const HAYDEN = 159;
const HAYDENS_ACCOUNT = 1;

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

function accountRow(page: Page, name: string) {
  return page.getByTestId("account-row").filter({ hasText: name });
}

test.describe("account manager", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_USERS.accountManager.email);
  });

  test("adds an account to a customer and sees it in the table; edits it; removes it after confirming", async ({ page }) => {
    const name = uniqueName("Bayside Clinic");
    await page.goto(`/customers/${ZACK}`);
    await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Accounts" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/accounts$`));
    await expect(page.getByRole("columnheader", { name: "Data Retention" })).toBeVisible();

    await page.getByRole("link", { name: "New Account" }).click();
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel(/^Data Retention/).selectOption({ label: "7 years" });
    await page.getByRole("button", { name: "Create Account" }).click();

    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/accounts$`));
    const row = accountRow(page, name);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(0)).toHaveText(/^\d+$/);
    await expect(row.getByRole("cell").nth(2)).toHaveText("7 years");

    // Edit: the retention changes, the name stays.
    await row.getByRole("link", { name: `Edit ${name}` }).click();
    await expect(page.getByLabel(/^Name/)).toHaveValue(name);
    await page.getByLabel(/^Data Retention/).selectOption({ label: "Forever" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/accounts$`));
    await expect(accountRow(page, name).getByRole("cell").nth(2)).toHaveText("Forever");

    // Remove: dismissing the confirmation keeps the account; accepting removes it.
    // The dialog is keyboard-driven: Escape cancels and focus goes back to the button.
    const remove = accountRow(page, name).getByRole("button", { name: `Remove ${name}` });
    await remove.click();
    await expect(page.getByRole("dialog")).toContainText(name);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(remove).toBeFocused();
    await expect(accountRow(page, name)).toHaveCount(1);
    await remove.click();
    await expect(page.getByRole("dialog").getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.getByRole("dialog").getByRole("button", { name: "Remove account" }).click();
    await expect(accountRow(page, name)).toHaveCount(0);
    await page.reload();
    await expect(accountRow(page, name)).toHaveCount(0);

    // The customer's audit log has the three steps, by Bree.
    await page.goto(`/customers/${ZACK}/audit`);
    const audit = page.getByTestId("audit-row");
    await expect(audit.filter({ hasText: "Account created" }).filter({ hasText: name })).toContainText(DEMO_USERS.accountManager.email);
    // An update records only what changed: the retention, not the name.
    await expect(audit.filter({ hasText: "Account updated" }).filter({ hasText: "Data retention: 7 years → Forever" }).first()).toBeVisible();
    await expect(audit.filter({ hasText: "Account deleted" }).filter({ hasText: name })).toHaveCount(1);
  });

  test("an empty name is refused at the field and nothing is saved", async ({ page }) => {
    await page.goto(`/customers/${ZACK}/accounts`);
    const before = await page.getByTestId("account-row").count();
    await page.goto(`/customers/${ZACK}/accounts/new`);
    await page.getByLabel(/^Name/).fill("   ");
    await page.getByRole("button", { name: "Create Account" }).click();
    await expect(page.getByText("Enter the account's name")).toBeVisible();
    await expect(page).toHaveURL(/\/accounts\/new$/);
    await page.goto(`/customers/${ZACK}/accounts`);
    await expect(page.getByTestId("account-row")).toHaveCount(before);
  });

  test("another customer's account cannot be opened through this customer's URL", async ({ page }) => {
    const response = await page.goto(`/customers/${ZACK}/accounts/${HAYDENS_ACCOUNT}/edit`);
    expect(response?.status()).toBe(404);
    const own = await page.goto(`/customers/${HAYDEN}/accounts/${HAYDENS_ACCOUNT}/edit`);
    expect(own?.status()).toBe(200);
    await expect(page.getByLabel(/^Name/)).toHaveValue("Hayden Parker Clinic");
  });
});

test.describe("support", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_USERS.support.email);
  });

  test("reads the accounts but gets no New Account, Edit or Remove, and the new-account page answers 403", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/accounts`);
    await expect(accountRow(page, "Hayden Parker Clinic").getByRole("cell").nth(2)).toHaveText("7 years");
    await expect(page.getByRole("link", { name: "New Account" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
    const response = await page.goto(`/customers/${HAYDEN}/accounts/new`);
    expect(response?.status()).toBe(403);
  });

  test("the remove action, replayed as the browser's script calls it, answers 403 to support and removes nothing", async ({ browser, baseURL }) => {
    const path = `/customers/${HAYDEN}/accounts`;
    const bree = await signedInContext(browser, DEMO_USERS.accountManager.email);
    await bree.page.goto(path);
    const removeForm = bree.page.locator("form").filter({ has: bree.page.getByRole("button", { name: "Remove Hayden Parker Clinic" }) });
    const fields = await readActionFields(removeForm);
    await bree.context.close();

    const support = await signedInContext(browser, DEMO_USERS.support.email);
    const response = await support.context.request.post(path, {
      multipart: fetchActionBody({ customerId: String(HAYDEN), accountId: String(HAYDENS_ACCOUNT) }),
      headers: fetchActionHeaders(actionIdOf(fields), baseURL!),
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    await support.page.goto(path);
    await expect(accountRow(support.page, "Hayden Parker Clinic")).toHaveCount(1);
    await support.context.close();
  });

  test("Stats: an empty default range points to the months with data, which read as seed 000", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/stats`);
    await expect(page.getByRole("status")).toContainText("recorded from 2017-03 to 2017-05");
    await page.getByRole("link", { name: "show 2017-03 to 2017-05" }).click();
    await expect(page).toHaveURL(/from=2017-03&to=2017-05/);
    const rows = page.getByTestId("usage-row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveText(["2017-03", "295", "2,658", "127", "6.92 GB", "24 MB"].join(""));
    await expect(rows.nth(1)).toHaveText(["2017-04", "281", "2,760", "160", "8.99 GB", "32.8 MB"].join(""));
    await expect(rows.nth(2)).toHaveText(["2017-05", "308", "2,848", "168", "7.83 GB", "26 MB"].join(""));
    const chart = page.getByRole("img", { name: /Studies and storage per month, 2017-03 to 2017-05/ });
    await expect(chart).toBeVisible();
    // The plot draws in the browser: three bars, one per month.
    await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(3);
  });

  test("Stats: an end before the start shows the default range", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/stats?from=2017-05&to=2017-03`);
    await expect(page.getByRole("link", { name: "Last 12 months" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("usage-row")).toHaveCount(0);
  });

  test("Scanners: seed 000's scanner; the archived one only with the toggle", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/scanners`);
    const rows = page.getByTestId("scanner-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText("Ultrasound");
    await expect(rows.nth(0)).toContainText("internal_ip: 0.0.0.0");
    await expect(rows.nth(0)).toContainText("2017-03-23 11:07:34 UTC");
    await expect(rows.nth(0)).toContainText("2017-04-06 02:43:28 UTC");
    await page.getByRole("switch", { name: /Show archived scanners/ }).click();
    await expect(page).toHaveURL(/archived=1/);
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "PACS Client" })).toContainText("true");
  });
});
