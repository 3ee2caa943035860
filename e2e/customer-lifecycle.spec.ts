// Journey 3: an account manager creates, edits, archives and unarchives a customer, and the audit
// log records each step with the actor. Invalid input is refused at the field and saves nothing.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

const bree = DEMO_USERS.accountManager;

/** A name no seeded or earlier-created customer has. */
function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The value of one "Customer Details" row, by its label. */
function detail(page: Page, label: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
}

/** Submits the list's filter form with a search term and the "Show" choice. */
async function searchList(page: Page, q: string, show: "Active" | "Archived" | "Active and archived" = "Active") {
  await page.goto("/customers");
  const filters = page.getByRole("search");
  await filters.getByLabel("Search").fill(q);
  await filters.getByLabel("Show").selectOption({ label: show });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

/** The list footer's total for "all customers, archived or not". */
async function totalCustomers(page: Page): Promise<string> {
  await page.goto("/customers?archived=all");
  return (await page.getByText(/^Displaying [\d,]+ customers?$/).textContent())!;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, bree.email);
});

test("account manager creates, edits, archives and unarchives a customer; the audit log shows each step", async ({ page }) => {
  const name = `Acme Clinic ${uniqueSuffix()}`;
  const billingEmail = `billing-${uniqueSuffix()}@example.com`;

  // Create with only a name.
  await page.getByRole("link", { name: "New customer" }).click();
  await expect(page).toHaveURL(/\/customers\/new$/);
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByRole("button", { name: "Create customer" }).click();

  await page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(detail(page, "Origin")).toHaveText("Manage");
  await expect(detail(page, "Status")).toHaveText("trial");
  await expect(page.getByText("Configuration Warning(s)")).toHaveCount(0);

  // Edit: an invalid billing email is refused at the field, then a valid one is saved.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/edit$`));
  await page.getByLabel("Billing email").fill("not-an-email");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByLabel("Billing email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Billing email")).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page.getByRole("alert").filter({ hasText: "Enter a valid email address" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/edit$`));

  await page.getByLabel("Billing email").fill(billingEmail);
  await page.getByRole("button", { name: "Save changes" }).click();

  await page.waitForURL(new RegExp(`/customers/${id}$`));
  await expect(detail(page, "Billing Email")).toHaveText(billingEmail);

  // Archive (after confirming) and check the list: gone by default, there under Show = Archived.
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();

  await expect(page.getByRole("heading", { level: 1 }).getByText("Archived", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();

  await searchList(page, name);
  await expect(page.getByText("No customers match these filters.")).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  await searchList(page, name, "Archived");
  const row = page.locator("table tbody tr").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Archived", { exact: true })).toBeVisible();

  // Unarchive.
  await row.getByRole("link", { name, exact: true }).click();
  await page.waitForURL(new RegExp(`/customers/${id}$`));
  await page.getByRole("button", { name: "Unarchive" }).click();

  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).getByText("Archived", { exact: true })).toHaveCount(0);

  await searchList(page, name);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(1);

  // The audit log: one row per step, each by bree.
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/audit$`));

  const auditRows = page.getByTestId("audit-row");
  await expect(auditRows).toHaveCount(4);
  for (const event of ["Customer created", "Customer updated", "Customer archived", "Customer unarchived"]) {
    const eventRow = auditRows.filter({ has: page.getByRole("cell", { name: event, exact: true }) });
    await expect(eventRow, event).toHaveCount(1);
    await expect(eventRow, event).toContainText(bree.email);
  }
  await expect(auditRows.filter({ hasText: "Customer updated" })).toContainText(`Billing email: — → ${billingEmail}`);
});

test("creating a customer without a name shows 'Name is required' and creates nothing", async ({ page }) => {
  const before = await totalCustomers(page);

  await page.goto("/customers/new");
  await page.getByRole("button", { name: "Create customer" }).click();

  const nameInput = page.getByRole("textbox", { name: /^Name/ });
  await expect(nameInput).toHaveAttribute("aria-invalid", "true");
  await expect(nameInput).toHaveAccessibleDescription("Name is required");
  await expect(page).toHaveURL(/\/customers\/new$/);

  expect(await totalCustomers(page)).toBe(before);
});

test("creating a customer with an invalid billing email shows the error at the field and creates nothing", async ({ page }) => {
  const name = `Acme Clinic ${uniqueSuffix()}`;

  await page.goto("/customers/new");
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByLabel("Billing email").fill("acme at example dot com");
  await page.getByRole("button", { name: "Create customer" }).click();

  await expect(page.getByLabel("Billing email")).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page).toHaveURL(/\/customers\/new$/);
  // What was typed is kept, so the mistake costs nothing.
  await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue(name);

  await searchList(page, name, "Active and archived");
  await expect(page.getByText("No customers match these filters.")).toBeVisible();
});
