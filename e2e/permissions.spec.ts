// Journey 4: finance may read a customer but not edit it, and the server, not only the UI,
// enforces that: the edit page answers 403 and the edit form's server action refuses a replay.
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";
import { actionIdOf, fetchActionBody, fetchActionHeaders, mpaActionBody, readActionFields, type ActionFields } from "./helpers/server-actions";

const CUSTOMER_ID = "163";
const CUSTOMER_NAME = "Zack Morris";
const CUSTOMER_BILLING_EMAIL = "bree+partnertest@triceimaging.com";
const EDIT_PATH = `/customers/${CUSTOMER_ID}/edit`;
const HACK = { id: CUSTOMER_ID, name: "Hacked", billingEmail: "hacked@example.com" };

/** The edit form's hidden `$ACTION_*` fields, read by someone allowed to open the form. */
async function editFormActionFields(browser: Browser): Promise<ActionFields> {
  const { context, page } = await signedInContext(browser, DEMO_USERS.accountManager.email);
  await page.goto(EDIT_PATH);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save changes" }) });
  const fields = await readActionFields(form);
  await context.close();
  return fields;
}

/** Customer 163 as an account manager sees it: the replayed edit must not have changed it. */
async function expectCustomerUnchanged(browser: Browser) {
  const { context, page } = await signedInContext(browser, DEMO_USERS.accountManager.email);
  await page.goto(`/customers/${CUSTOMER_ID}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(CUSTOMER_NAME);
  await expect(page.getByText("Hacked")).toHaveCount(0);
  await expect(page.getByText(CUSTOMER_BILLING_EMAIL)).toBeVisible();
  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByText("hacked@example.com")).toHaveCount(0);
  await context.close();
}

async function postMpa(request: APIRequestContext, fields: ActionFields, values: Record<string, string>) {
  return request.post(EDIT_PATH, { multipart: mpaActionBody(fields, values), maxRedirects: 0 });
}

async function postFetchAction(request: APIRequestContext, fields: ActionFields, values: Record<string, string>, baseURL: string) {
  return request.post(EDIT_PATH, { multipart: fetchActionBody(values), headers: fetchActionHeaders(actionIdOf(fields), baseURL), maxRedirects: 0 });
}

/** A form post is redirected with Location; a script call gets Next's `x-action-redirect`. */
function redirectsToSignIn(response: APIResponse): boolean {
  const headers = response.headers();
  if (/^\/signin[;?]/.test(headers["x-action-redirect"] ?? "")) return true;
  return response.status() >= 300 && response.status() < 400 && /\/signin/.test(headers["location"] ?? "");
}

/** A 2xx, or the action's own redirect back to the customer page, means the edit went through. */
function succeeded(response: APIResponse): boolean {
  return response.ok() || (response.status() === 303 && !redirectsToSignIn(response));
}

test.describe("finance cannot edit a customer", () => {
  let fields: ActionFields;

  test.beforeAll(async ({ browser }) => {
    fields = await editFormActionFields(browser);
  });

  test("no Edit link, no Archive button, and the edit page answers 403", async ({ page }) => {
    await signIn(page, DEMO_USERS.finance.email);
    await page.goto(`/customers/${CUSTOMER_ID}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(CUSTOMER_NAME);
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Archive", exact: true })).toHaveCount(0);

    const response = await page.goto(EDIT_PATH);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveCount(0);
  });

  test("control: the replayed requests reach the action when the user may edit", async ({ browser, baseURL }) => {
    // An empty name makes the action refuse on validation, so this control changes nothing; it
    // shows the refusals below come from the permission check, not from a malformed request.
    const { context } = await signedInContext(browser, DEMO_USERS.accountManager.email);
    const invalid = { ...HACK, name: "" };

    const viaFetch = await postFetchAction(context.request, fields, invalid, baseURL!);
    expect(viaFetch.status()).toBe(200);
    expect(await viaFetch.text()).toContain("Name is required");

    const viaForm = await postMpa(context.request, fields, invalid);
    expect(viaForm.status()).toBe(200);
    expect(await viaForm.text()).toContain("Name is required");
    await context.close();
  });

  test("the edit action, called as the browser's script calls it, answers 403 to finance and sends a signed-out caller to sign in", async ({ browser, baseURL }) => {
    const finance = await signedInContext(browser, DEMO_USERS.finance.email);
    const asFinance = await postFetchAction(finance.context.request, fields, HACK, baseURL!);
    expect(asFinance.status()).toBe(403);
    await finance.context.close();

    const anonymous = await browser.newContext();
    const signedOut = await postFetchAction(anonymous.request, fields, HACK, baseURL!);
    expect(redirectsToSignIn(signedOut), `signed out: expected a redirect to /signin, got ${signedOut.status()}`).toBe(true);
    await anonymous.close();

    await expectCustomerUnchanged(browser);
  });

  // A no-JavaScript submission (the hidden $ACTION_* fields posted as multipart, no Next-Action
  // header) is refused too. Next 16.4.6 renders forbidden() thrown by such a progressive-
  // enhancement action as its not-found page (next/dist/server/app-render/action-handler.js,
  // the isHTTPAccessFallbackError branch), so the refusal arrives as 404 rather than 403.
  test("the edit form posted without JavaScript is refused for finance and sends a signed-out caller to sign in", async ({ browser }) => {
    const finance = await signedInContext(browser, DEMO_USERS.finance.email);
    const asFinance = await postMpa(finance.context.request, fields, HACK);
    expect([403, 404], `finance replaying the edit form got ${asFinance.status()}`).toContain(asFinance.status());
    expect(succeeded(asFinance), "finance replaying the edit form must not succeed").toBe(false);
    await finance.context.close();

    const anonymous = await browser.newContext();
    const signedOut = await postMpa(anonymous.request, fields, HACK);
    expect(redirectsToSignIn(signedOut), `signed out replay: expected a redirect to /signin, got ${signedOut.status()}`).toBe(true);
    expect(succeeded(signedOut), "signed out replay must not succeed").toBe(false);
    await anonymous.close();

    await expectCustomerUnchanged(browser);
  });
});
