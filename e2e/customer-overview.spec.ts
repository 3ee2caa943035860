// Journeys on the customer overview and the Projects tab: an account manager adds a project and
// the overview's counts and billing change at once (no reload); support reads projects without
// add or edit controls, and a replayed add from support is refused by the server.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";
import { actionIdOf, fetchActionBody, fetchActionHeaders, readActionFields } from "./helpers/server-actions";

// Seed 000's customers (prisma/seed.ts, prisma/seed/projects.ts): Zack Morris has projects in
// USD and EUR, none in GBP; Hayden Parker has projects in every status.
const ZACK = 163;
const HAYDEN = 159;

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

test.describe("account manager", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_USERS.accountManager.email);
  });

  test("adds a project and sees the overview's counts and billing change right after saving", async ({ page }) => {
    await page.goto(`/customers/${ZACK}`);
    await expect(page).toHaveTitle("Zack Morris");
    const active = page.getByTestId("projects-active");
    const activeBefore = Number(await active.textContent());
    const billing = page.getByTestId("overview-billing");
    await expect(billing.getByTestId("billing-row").filter({ hasText: "EUR" })).toHaveCount(1);
    await expect(billing.getByTestId("billing-row").filter({ hasText: "GBP" })).toHaveCount(0);

    const name = uniqueName("Bayside lab fit-out");
    const tabs = page.getByRole("navigation", { name: "Customer sections" });
    await tabs.getByRole("link", { name: "Projects" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/projects$`));
    await expect(page).toHaveTitle(/^Zack Morris · Projects/);
    await page.getByRole("link", { name: "New Project" }).click();
    await page.getByLabel(/^Name/).fill(name);
    // Starts today (UTC) with no end: active from today.
    await page.getByLabel(/^Start Date/).fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel(/^Billed/).fill("1000");
    await page.getByLabel(/^Paid/).fill("250.50");
    await page.getByLabel(/^Currency/).selectOption("GBP");
    await page.getByRole("button", { name: "Create Project" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/projects$`));
    await expect(page.getByTestId("project-row").filter({ hasText: name })).toContainText("Active");

    // Back to the first tab by the tab bar (a client navigation, no reload): the overview is fresh.
    await tabs.getByRole("link", { name: "Details" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}$`));
    await expect(active).toHaveText(String(activeBefore + 1));
    const gbp = billing.getByTestId("billing-row").filter({ hasText: "GBP" });
    await expect(gbp.getByRole("cell")).toHaveText(["1", "£1,000.00", "£250.50", "£749.50"]);
    // The EUR line is untouched: the two currencies are not added together.
    await expect(billing.getByTestId("billing-row").filter({ hasText: "EUR" }).getByRole("cell").nth(1)).toHaveText("€3,500.00");

    // The count links to the filtered tab, which lists the new project.
    await page.getByRole("link", { name: /Active/ }).filter({ has: active }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/projects\\?status=active$`));
    await expect(page.getByTestId("project-row").filter({ hasText: name })).toHaveCount(1);

    // The audit log, filtered to projects, has the row with who and what.
    await tabs.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("navigation", { name: "Kind of record" }).getByRole("link", { name: "Projects" }).click();
    await expect(page).toHaveURL(/kind=project/);
    const row = page.getByTestId("audit-row").filter({ hasText: name }).first();
    await expect(row).toContainText("Project created");
    await expect(row).toContainText(DEMO_USERS.accountManager.email);
    await expect(row).toContainText("Paid: — → 250.50");
  });

  test("a project ending before it starts is refused beside the field and nothing is saved", async ({ page }) => {
    await page.goto(`/customers/${ZACK}/projects`);
    const before = await page.getByTestId("project-row").count();
    await page.goto(`/customers/${ZACK}/projects/new`);
    await page.getByLabel(/^Name/).fill(uniqueName("Backwards"));
    await page.getByLabel(/^Start Date/).fill("2026-05-02");
    await page.getByLabel(/^End Date/).fill("2026-05-01");
    await page.getByLabel(/^Billed/).fill("-5");
    await page.getByRole("button", { name: "Create Project" }).click();
    await expect(page.getByText("The project cannot end before it starts")).toBeVisible();
    await expect(page.getByText("Billed cannot be negative")).toBeVisible();
    await expect(page).toHaveURL(/\/projects\/new$/);
    await page.goto(`/customers/${ZACK}/projects`);
    await expect(page.getByTestId("project-row")).toHaveCount(before);
  });
});

test.describe("support", () => {
  test("sees the Projects tab without add or edit controls; the add page answers 403", async ({ page }) => {
    await signIn(page, DEMO_USERS.support.email);
    await page.goto(`/customers/${HAYDEN}/projects`);
    await expect(page.getByTestId("project-row").filter({ hasText: "Cloud archive migration" })).toContainText("Active");
    await expect(page.getByTestId("project-row").filter({ hasText: "Second clinic setup" })).toContainText("Upcoming");
    await expect(page.getByTestId("project-row").filter({ hasText: "Ultrasound fleet rollout" })).toContainText("Past");
    await expect(page.getByRole("link", { name: "New Project" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
    expect((await page.goto(`/customers/${HAYDEN}/projects/new`))?.status()).toBe(403);
  });

  test("the add action, replayed as the browser's script calls it, answers 403 to support and adds nothing", async ({ browser, baseURL }) => {
    const bree = await signedInContext(browser, DEMO_USERS.accountManager.email);
    await bree.page.goto(`/customers/${HAYDEN}/projects/new`);
    const fields = await readActionFields(bree.page.locator("form").filter({ has: bree.page.getByRole("button", { name: "Create Project" }) }));
    await bree.context.close();

    const support = await signedInContext(browser, DEMO_USERS.support.email);
    const path = `/customers/${HAYDEN}/projects`;
    await support.page.goto(path);
    const before = await support.page.getByTestId("project-row").count();
    const name = uniqueName("Replayed");
    const response = await support.context.request.post(`${path}/new`, {
      multipart: fetchActionBody({ customerId: String(HAYDEN), name, startDate: "2026-01-01", endDate: "", billed: "1", paid: "0", currency: "USD" }),
      headers: fetchActionHeaders(actionIdOf(fields), baseURL!),
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    await support.page.reload();
    await expect(support.page.getByTestId("project-row")).toHaveCount(before);
    await expect(support.page.getByTestId("project-row").filter({ hasText: name })).toHaveCount(0);
    await support.context.close();
  });
});
