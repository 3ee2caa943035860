// Journey: an account manager creates a customer from Norway's company registry (served by the
// local stub, e2e/registry-stub.ts): search, choose, edit the prefilled form, create. Statuses
// are shown before creation, a removed company cannot be chosen, and a registry that never
// answers gives a message while manual creation keeps working.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

function detail(page: Page, label: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
}

async function searchRegistry(page: Page, query: string) {
  await page.goto("/customers/new");
  const search = page.getByRole("search", { name: "Company registry" });
  await search.getByLabel("Company name or organisation number").fill(query);
  await search.getByRole("button", { name: "Search registry" }).click();
  await expect(page).toHaveURL(/[?&]registry=/);
}

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
});

test("searching by name, choosing a company and creating it prefilled gives a customer with origin Registry", async ({ page }) => {
  await searchRegistry(page, "Fjordtann");
  const results = page.getByRole("list", { name: "Registry results" });
  await expect(results.getByRole("listitem")).toHaveCount(3);
  await expect(results.getByRole("listitem").first()).toContainText("Org. nr 923 456 783");
  await expect(results.getByRole("listitem").first()).toContainText("5013 BERGEN");
  await expect(results.getByRole("listitem").first()).toContainText("86.230 Tannhelsetjenester");

  await results.getByRole("link", { name: "Use this company: FJORDTANN TANNKLINIKK AS", exact: true }).click();
  await expect(page).toHaveURL(/orgnr=923456783/);
  const name = page.getByRole("textbox", { name: /^Name/ });
  await expect(name).toHaveValue("FJORDTANN TANNKLINIKK AS");
  await expect(page.getByRole("textbox", { name: "Organisation number", exact: true })).toHaveValue("923456783");
  await expect(page.getByRole("textbox", { name: "Industry code", exact: true })).toHaveValue("86.230");
  await expect(page.getByRole("textbox", { name: "Address line 1", exact: true })).toHaveValue("Strandgaten 18");
  await expect(page.getByRole("textbox", { name: "Postal code", exact: true })).toHaveValue("5013");
  await expect(page.getByRole("textbox", { name: "City", exact: true })).toHaveValue("BERGEN");
  await expect(page.getByRole("textbox", { name: "Country", exact: true })).toHaveValue("NO");
  await expect(page.getByText("Check before creating")).toHaveCount(0);

  // Prefilled, and editable.
  const edited = `Fjordtann Tannklinikk ${uniqueSuffix()}`;
  await name.fill(edited);
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(edited);
  await expect(detail(page, "Origin")).toHaveText("Registry");
  await expect(detail(page, "Organisation Number")).toHaveText("923456783");
  await expect(detail(page, "Industry Code")).toHaveText("86.230");

  // The next search says the company is already a customer.
  await searchRegistry(page, "923 456 783");
  await expect(page.getByRole("list", { name: "Registry results" })).toContainText(`Already a customer: ${edited}`);
});

test("bankruptcy and dissolution are shown in the results and before creation", async ({ page }) => {
  await searchRegistry(page, "helse");
  const results = page.getByRole("list", { name: "Registry results" });
  await expect(results.getByRole("listitem").filter({ hasText: "NORDLYS RØNTGEN AS" })).toContainText("Konkurs");
  await expect(results.getByRole("listitem").filter({ hasText: "VESTLANDET BILDEDIAGNOSTIKK AS" })).toContainText("Under avvikling");
  await expect(results.getByRole("listitem").filter({ hasText: "FJORDTANN TANNKLINIKK AS" })).not.toContainText(/Konkurs|Under avvikling/);

  await results.getByRole("link", { name: "Use this company: NORDLYS RØNTGEN AS" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check before creating" })).toContainText("Konkurs: The company is in bankruptcy proceedings.");
  await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("NORDLYS RØNTGEN AS");
});

test("a removed company (HTTP 410) is explained and cannot be chosen", async ({ page }) => {
  await searchRegistry(page, "998877660");
  await expect(page.getByRole("alert").filter({ hasText: "998 877 660 was removed from the registry on 2023-11-30" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Use this company/ })).toHaveCount(0);
  // Choosing it by URL anyway gives the explanation and the manual form, not a prefilled one.
  await page.goto("/customers/new?orgnr=998877660");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be created from a removed company" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enter the details manually" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("");
});

test("a number with a wrong check digit is refused before asking the registry", async ({ page }) => {
  await searchRegistry(page, "923456784");
  await expect(page.getByRole("status").filter({ hasText: "not a valid Norwegian organisation number" })).toBeVisible();
});

test("a registry that never answers gives a message within 5 seconds, and manual creation still works", async ({ page }) => {
  await searchRegistry(page, "treg");
  await expect(page.getByRole("alert").filter({ hasText: "did not answer within 4 seconds" })).toContainText("create the customer manually", { timeout: 5_000 });

  const name = `Manual While Down ${uniqueSuffix()}`;
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  await expect(detail(page, "Origin")).toHaveText("Manage");
});

test("the server decides the origin: a manual form posted with origin=registry still creates a Manage customer", async ({ page }) => {
  await page.goto("/customers/new");
  const name = `Forged Origin ${uniqueSuffix()}`;
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill("923456783");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Create customer" }) });
  await form.evaluate((element) => {
    for (const [key, value] of [["origin", "registry"], ["source", "registry"]]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = key;
      input.value = value;
      element.appendChild(input);
    }
  });
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  await expect(detail(page, "Origin")).toHaveText("Manage");
});

test("the registry form refuses an organisation number edited into an invalid one", async ({ page }) => {
  await page.goto("/customers/new?orgnr=923456783");
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill("923456784");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("textbox", { name: "Organisation number", exact: true })).toHaveAccessibleDescription(/valid Norwegian organisation number/);
  await expect(page).toHaveURL(/orgnr=923456783/);
});

test("support may not create customers, so cannot search the registry either: the page answers 403", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, DEMO_USERS.support.email);
  const response = await page.goto("/customers/new?registry=fjordtann");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Registry results" })).toHaveCount(0);
  await context.close();
});
