// Journey: an account manager gives Zack Morris (seed 000: paying, no contract, red in the list)
// a Per Study contract through the two-step wizard, and the warning goes; ending it brings it
// back (which also leaves the shared e2e database as the other journeys expect it). Support can
// neither open the New Contract form nor post its server action.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";
import { actionIdOf, fetchActionBody, fetchActionHeaders, readActionFields } from "./helpers/server-actions";

const ZACK_ID = "163";
const HAYDEN_ID = "159";
const CONTRACTS_PATH = `/customers/${ZACK_ID}/contracts`;
const NEW_PATH = `${CONTRACTS_PATH}/new`;
const TERMS = {
  customerId: ZACK_ID,
  type: "per_study",
  startDate: "2026-01-01",
  endDate: "",
  currency: "USD",
  unitPrice: "1.20",
  includedUnits: "100",
  billingPeriod: "monthly",
  sendInvoicesAutomatically: "on",
  autoRenew: "on",
};

/** Zack's row in the customers list, found by searching his name. */
async function zackListRow(page: Page) {
  await page.goto("/customers?q=Zack+Morris");
  const row = page.locator("table tbody tr").filter({ has: page.getByRole("link", { name: "Zack Morris", exact: true }) });
  await expect(row).toHaveCount(1);
  return row;
}

const contractRows = (page: Page) => page.getByTestId("contract-row");

test("support cannot open the New Contract form, and the server refuses its action", async ({ browser, baseURL }) => {
  // The form's action id, read by someone allowed to open it.
  const manager = await signedInContext(browser, DEMO_USERS.accountManager.email);
  await manager.page.goto(`${NEW_PATH}?type=per_study`);
  const form = manager.page.locator("form").filter({ has: manager.page.getByRole("button", { name: "Create Contract" }) });
  const actionId = actionIdOf(await readActionFields(form));
  await manager.page.goto(CONTRACTS_PATH);
  const contractsBefore = await contractRows(manager.page).count();

  // Control: the replayed request reaches the action for the account manager. Without step 1's
  // type it is refused with a message, so this control creates nothing.
  const { type: _type, ...withoutType } = TERMS;
  const control = await manager.context.request.post(NEW_PATH, {
    multipart: fetchActionBody(withoutType),
    headers: fetchActionHeaders(actionId, baseURL!),
    maxRedirects: 0,
  });
  expect(control.status()).toBe(200);
  expect(await control.text()).toContain("Choose a contract type: Per Scanner, Per Transaction or Per Study");

  const { context, page } = await signedInContext(browser, DEMO_USERS.support.email);
  await page.goto(CONTRACTS_PATH);
  await expect(page.getByRole("heading", { name: "Contracts", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "New Contract" })).toHaveCount(0);
  for (const path of [NEW_PATH, `${NEW_PATH}?type=per_study`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this" })).toBeVisible();
  }

  // Support reads Hayden Parker's contract (seed) but gets no link to its edit form, nor the form.
  await manager.page.goto(`/customers/${HAYDEN_ID}/contracts`);
  const editHref = await manager.page.getByRole("link", { name: /^Per Study #\d+$/ }).first().getAttribute("href");
  await page.goto(`/customers/${HAYDEN_ID}/contracts`);
  await expect(page.getByTestId("contract-row").first()).toContainText(/Per Study #\d+/);
  await expect(page.getByRole("link", { name: /^Per Study #\d+$/ })).toHaveCount(0);
  expect((await page.goto(editHref!))?.status()).toBe(403);

  const asSupport = await context.request.post(NEW_PATH, {
    multipart: fetchActionBody(TERMS),
    headers: fetchActionHeaders(actionId, baseURL!),
    maxRedirects: 0,
  });
  expect(asSupport.status()).toBe(403);
  await context.close();

  await manager.page.goto(CONTRACTS_PATH);
  await expect(contractRows(manager.page)).toHaveCount(contractsBefore);
  await manager.context.close();
});

test("an account manager adds Zack Morris's account, creates a Per Study contract through the wizard, and his warning disappears", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  const redRow = await zackListRow(page);
  await expect(redRow).toHaveAttribute("data-warnings", "true");

  await redRow.getByRole("link", { name: "Zack Morris", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "paying without contract" })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Customer sections" });

  // The clinic's account first, as after signing a customer.
  const accountName = `Bayside Clinic ${Date.now().toString(36)}`;
  await sections.getByRole("link", { name: "Accounts" }).click();
  await page.getByRole("link", { name: "New Account" }).click();
  await page.getByLabel(/^Name/).fill(accountName);
  await page.getByLabel(/^Data Retention/).selectOption({ label: "7 years" });
  await page.getByRole("button", { name: "Create Account" }).click();
  await expect(page.getByTestId("account-row").filter({ hasText: accountName })).toContainText("7 years");
  // An account alone does not answer "paying without contract".
  await expect(page.getByRole("alert").filter({ hasText: "paying without contract" })).toBeVisible();

  await sections.getByRole("link", { name: "Contracts" }).click();
  await page.getByRole("link", { name: "New Contract" }).click();

  // Step 1: the type, with what each is paid by.
  await expect(page.getByText("Payment is determined by the number of uploaded studies.")).toBeVisible();
  await page.getByRole("radio", { name: /^Per Study/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/contracts\/new\?type=per_study$/);

  // Step 2: the automation boxes start ticked.
  await expect(page.getByRole("heading", { name: /New Per Study Contract/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Send Invoices Automatically" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Automatically Renew" })).toBeChecked();
  await page.getByLabel("Start Date").fill("2026-01-01");
  await page.getByLabel("End Date").fill("2025-12-31");
  await page.getByLabel(/^Unit Price/).fill("1.20");
  await page.getByLabel(/^Included Units/).fill("100");
  await page.getByRole("button", { name: "Create Contract" }).click();
  // A contract ending before it starts is refused, and what was typed stays.
  await expect(page.getByText("The contract cannot end before it starts")).toBeVisible();
  await expect(page.getByLabel(/^Unit Price/)).toHaveValue("1.20");
  await page.getByLabel("End Date").fill("");
  await page.getByRole("button", { name: "Create Contract" }).click();

  await expect(page).toHaveURL(new RegExp(`${CONTRACTS_PATH}$`));
  const row = contractRows(page).filter({ has: page.getByRole("link", { name: /^Per Study #\d+$/ }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("$1.20");
  await expect(row).toContainText("Active");
  await expect(page.getByRole("alert").filter({ hasText: "paying without contract" })).toHaveCount(0);
  await expect(page.getByTestId("invoice-preview")).toContainText(/studies − 100 included = \d+ × \$1\.20 = \$[\d,]+\.\d\d/);

  const listRow = await zackListRow(page);
  await expect(listRow).not.toHaveAttribute("data-warnings", "true");
  await expect(listRow).not.toHaveClass(/\bbg-red-/);

  // Ending the contract (after confirming) brings the warning back.
  await page.goto(CONTRACTS_PATH);
  await row.getByRole("link", { name: /^Per Study #\d+$/ }).click();
  await page.getByRole("button", { name: "End contract" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End contract" }).click();
  await expect(page).toHaveURL(new RegExp(`${CONTRACTS_PATH}$`));
  await expect(row).toContainText("Ended");
  await expect(page.getByRole("alert").filter({ hasText: "paying without contract" })).toBeVisible();
  await expect(await zackListRow(page)).toHaveAttribute("data-warnings", "true");
});

test("finance edits a contract's terms, and the audit log records the change", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  await page.goto(`/customers/${HAYDEN_ID}/contracts`);
  await page.getByRole("link", { name: /^Per Study #\d+$/ }).first().click();
  await expect(page.getByRole("button", { name: "End contract" })).toBeVisible();
  const included = page.getByLabel(/^Included Units/);
  const before = await included.inputValue();
  const after = String(Number(before) + 20);
  await included.fill("-1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Included units cannot be negative")).toBeVisible();
  await page.getByLabel(/^Included Units/).fill(after);
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/customers/${HAYDEN_ID}/contracts$`));
  await expect(contractRows(page).first()).toContainText(after);
  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Audit log" }).click();
  const row = page.getByTestId("audit-row").filter({ hasText: "Contract updated" }).first();
  await expect(row).toContainText("finance@example.com");
  await expect(row).toContainText(`Included Units: ${before} → ${after}`);
});
