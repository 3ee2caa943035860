// The README's screenshots: the list and a customer page at 1280 px, and the phone layout at
// 390 px. SHOTS=before names the phone shots "-before" (taken before the responsive layout).
import { test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "../../e2e/helpers/auth";

const suffix = process.env.SHOTS === "before" ? "before" : "after";
const dir = "docs/screenshots";

async function firstPayingCustomer(page: Page): Promise<string> {
  await page.goto("/customers?status=paying");
  return (await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href"))!;
}

test("phone layout, 390 px", async ({ browser }) => {
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
  test.skip(suffix === "before", "only the phone layout has a before shot");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.screenshot({ path: `${dir}/customer-list.png`, fullPage: false });
  await page.goto(await firstPayingCustomer(page));
  await page.screenshot({ path: `${dir}/customer-page.png`, fullPage: false });
  await context.close();
});
