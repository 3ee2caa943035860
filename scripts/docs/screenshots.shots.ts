// The README's screenshots: the list and a customer page at 1280 px, and the phone layout at
// 390 px. SHOTS=before names the phone shots "-before" (taken before the responsive layout).
// WALK=before|after takes only the issue 15 re-walk's shots (docs/walkthrough.md): the defects
// it found, before and after their fix.
import { test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "../../e2e/helpers/auth";

const suffix = process.env.SHOTS === "before" ? "before" : "after";
const dir = "docs/screenshots";

async function firstPayingCustomer(page: Page): Promise<string> {
  await page.goto("/customers?status=paying");
  return (await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href"))!;
}

const walk = process.env.WALK;

test("phone layout, 390 px", async ({ browser }) => {
  test.skip(Boolean(walk), "WALK takes the re-walk's shots only");
  const context = await browser.newContext({ viewport: { width: 1280, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Signed in wide: signIn waits for the role in the header, which a phone shows behind Menu.
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/customers");
  await page.screenshot({ path: `${dir}/phone-list-${suffix}.png`, fullPage: false });
  await page.goto(await firstPayingCustomer(page));
  await page.screenshot({ path: `${dir}/phone-customer-${suffix}.png`, fullPage: false });
  const menu = page.getByRole("button", { name: "Menu" });
  if (suffix === "after" && (await menu.count()) > 0) {
    await menu.click();
    await page.screenshot({ path: `${dir}/phone-menu-${suffix}.png`, fullPage: false });
  }
  await context.close();
});

test("list and customer page, 1280 px", async ({ browser }) => {
  test.skip(suffix === "before" || walk === "before", "only the phone layout has a before shot");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.screenshot({ path: `${dir}/customer-list.png`, fullPage: false });
  await page.goto(await firstPayingCustomer(page));
  await page.screenshot({ path: `${dir}/customer-page.png`, fullPage: false });
  await context.close();
});

test("re-walk: the defects found, before and after", async ({ browser }) => {
  test.skip(!walk, "WALK=before|after");
  test.setTimeout(300_000); // a shared, loaded machine
  const shots = `${dir}/walk`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.locator("thead th a").first().waitFor();

  // The Risk header filter, opened on a table that scrolls sideways inside its card.
  await page.getByRole("columnheader", { name: /^Risk/ }).locator("summary").click();
  await page.getByRole("columnheader", { name: /^Risk/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/header-filter-${walk}.png` });

  // The filter bar's Updated after / before: typed dates.
  await page.goto("/customers");
  await page.getByRole("search").screenshot({ path: `${shots}/filter-dates-${walk}.png` });

  // A customer with empty fields: the details, and its Billing summary on a phone.
  const customer = await firstPayingCustomer(page);
  await page.goto(customer);
  await page.getByRole("region", { name: "Customer Details" }).screenshot({ path: `${shots}/customer-details-${walk}.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(customer);
  await page.getByTestId("overview-billing").screenshot({ path: `${shots}/phone-billing-summary-${walk}.png` });
  await page.goto(`${customer}/edit`);
  await page.getByLabel("Trial ends").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/phone-edit-dates-${walk}.png` });
  await context.close();
});
