// Journeys on the Locations, Assets on location and Assets owned tabs (seed 001): an account
// manager adds a site to a customer and an asset there owned by another customer, which then
// shows under that customer's "Assets owned" and in both customers' audit logs; support reads
// the tabs without any add or edit control, and a replayed write from support is refused.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn, signedInContext } from "./helpers/auth";
import { actionIdOf, fetchActionBody, fetchActionHeaders, readActionFields } from "./helpers/server-actions";

// Seed 000's customers with the sites and assets prisma/seed/locations-assets.ts gives them.
const HAYDEN = 159;
const GERALD = 162;
const ZACK = 163;

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

const tabs = (page: Page) => page.getByRole("navigation", { name: "Customer sections" });
const locationRow = (page: Page, name: string) => page.getByTestId("location-row").filter({ hasText: name });
const assetRow = (page: Page, serial: string) => page.getByTestId("asset-row").filter({ hasText: serial });

/** Types into a picker and chooses the option whose text contains `option`. */
async function pick(page: Page, label: string, search: string, option: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(search);
  await page.getByRole("listbox", { name: label }).getByRole("option").filter({ hasText: option }).first().click();
  await expect(box).toHaveAttribute("aria-expanded", "false");
}

test.describe("account manager", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_USERS.accountManager.email);
  });

  test("adds a location to Zack Morris, an asset there owned by Gerald Dean, and finds it under Gerald's Assets owned and in both audit logs", async ({ page }) => {
    const site = unique("Bayside Gym");
    const serial = unique("SN").replace(" ", "-").toUpperCase();

    await page.goto(`/customers/${ZACK}`);
    await tabs(page).getByRole("link", { name: "Locations" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/locations$`));
    await page.getByRole("link", { name: "New location" }).click();
    await page.getByLabel(/^Name/).fill(site);
    await page.getByLabel("City").fill("Kellyland");
    await page.getByRole("button", { name: "Create location" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/locations$`));
    await expect(locationRow(page, site).getByRole("cell").nth(3)).toHaveText("0");

    await tabs(page).getByRole("link", { name: "Assets on location" }).click();
    await page.getByRole("link", { name: "New asset" }).click();
    await page.getByLabel(/^Serial/).fill(serial);
    await page.getByLabel(/^Model/).fill("Voluson E10");
    await pick(page, "Location", site, site);
    await pick(page, "Owner", "Gerald Dean", `#${GERALD}`);
    await page.getByRole("button", { name: "Create asset" }).click();

    await expect(page).toHaveURL(new RegExp(`/customers/${ZACK}/assets$`));
    const row = assetRow(page, serial);
    await expect(row).toContainText("Ultrasound scanner");
    await expect(row.getByRole("link", { name: "Gerald Dean" })).toHaveAttribute("href", `/customers/${GERALD}`);
    await expect(row.getByRole("link", { name: new RegExp(`${site}.*Zack Morris`) })).toBeVisible();
    await tabs(page).getByRole("link", { name: "Locations" }).click();
    await expect(locationRow(page, site).getByRole("cell").nth(3)).toHaveText("1");

    // The same serial again is refused beside the field, and the form keeps what was typed.
    await page.goto(`/customers/${ZACK}/assets/new`);
    await page.getByLabel(/^Serial/).fill(serial);
    await page.getByLabel(/^Model/).fill("Voluson E10");
    await pick(page, "Location", site, site);
    await page.getByRole("button", { name: "Create asset" }).click();
    await expect(page.getByLabel(/^Serial/)).toHaveAccessibleDescription(`Serial number ${serial} is already taken by another asset.`);
    await expect(page.getByRole("combobox", { name: "Location" })).toHaveValue(site);

    await page.goto(`/customers/${GERALD}/assets-owned`);
    await expect(assetRow(page, serial).getByRole("link", { name: new RegExp(`${site}.*Zack Morris`) })).toHaveAttribute("href", `/customers/${ZACK}/locations`);
    await page.goto(`/customers/${GERALD}/assets`);
    await expect(assetRow(page, serial)).toHaveCount(0);

    for (const customerId of [ZACK, GERALD]) {
      await page.goto(`/customers/${customerId}/audit`);
      await expect(page.getByTestId("audit-row").filter({ hasText: "Asset created" }).filter({ hasText: serial })).toContainText(DEMO_USERS.accountManager.email);
    }
  });

  test("an archived location is refused at the field; archived ones are found by name in the picker, marked", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/assets/new`);
    await page.getByRole("combobox", { name: "Location" }).fill("Old Why");
    const option = page.getByRole("listbox", { name: "Location" }).getByRole("option").filter({ hasText: "Old Why Clinic" });
    await expect(option).toContainText("Archived");
    await option.click();
    await page.getByLabel(/^Serial/).fill(unique("ARCH").replace(" ", "-"));
    await page.getByLabel(/^Model/).fill("C1-5-D");
    await page.getByRole("button", { name: "Create asset" }).click();
    await expect(page.getByRole("combobox", { name: "Location" })).toHaveAccessibleDescription(/“Old Why Clinic” is archived/);
  });
});

test.describe("crafted requests", () => {
  test("an edit posted with another customer's id answers 403 and the location stays with its customer", async ({ page, baseURL }) => {
    await signIn(page, DEMO_USERS.accountManager.email);
    await page.goto(`/customers/${HAYDEN}/locations`);
    // A full load, not a click: only server-rendered forms carry the action's hidden fields.
    const editHref = await locationRow(page, "Why Outpatient Annex").getByRole("link", { name: "Edit Why Outpatient Annex" }).getAttribute("href");
    await page.goto(editHref!);
    const editForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Save changes" }) });
    const fields = await readActionFields(editForm);
    const locationId = await editForm.locator('input[name="locationId"]').inputValue();
    const response = await page.request.post(`/customers/${GERALD}/locations`, {
      multipart: fetchActionBody({ customerId: String(GERALD), locationId, name: "Taken over", status: "active" }),
      headers: fetchActionHeaders(actionIdOf(fields), baseURL!),
      maxRedirects: 0,
    });
    // The action refuses with forbidden(). Next answered support's replay below (refused in the
    // permission check) with status 403, and this one (refused after the mutation's lookup) with
    // 200 and the 403 in the action's payload, which the browser shows as the 403 page.
    const body = await response.text();
    expect(response.status() === 403 || body.includes("NEXT_HTTP_ERROR_FALLBACK;403")).toBe(true);
    await page.goto(`/customers/${HAYDEN}/locations`);
    await expect(locationRow(page, "Why Outpatient Annex")).toHaveCount(1);
    await page.goto(`/customers/${GERALD}/locations`);
    await expect(locationRow(page, "Taken over")).toHaveCount(0);
  });
});

test.describe("support", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_USERS.support.email);
  });

  test("sees the three tabs and seed 001's cross cases, with no add or edit controls", async ({ page }) => {
    await page.goto(`/customers/${HAYDEN}/locations`);
    await expect(locationRow(page, "Hayden Parker Clinic")).toHaveCount(1);
    await expect(locationRow(page, "Old Why Clinic")).toHaveCount(0);
    await page.getByRole("switch", { name: /Show archived/ }).click();
    await expect(locationRow(page, "Old Why Clinic")).toContainText("Archived");
    await expect(page.getByRole("link", { name: "New location" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Archive|Unarchive)/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);

    // Hardware as a service: Gerald Dean's scanner at Hayden Parker's clinic.
    await tabs(page).getByRole("link", { name: "Assets on location" }).click();
    await expect(assetRow(page, "VE8-GD-0417").getByRole("link", { name: "Gerald Dean" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New asset" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);

    // Returned for repair: Zack Morris's probe at Gerald Dean Imaging.
    await page.goto(`/customers/${ZACK}/assets-owned`);
    await expect(assetRow(page, "RAB6-ZM-0001")).toContainText("In repair");
    await expect(assetRow(page, "RAB6-ZM-0001")).toContainText("Gerald Dean Imaging · Gerald Dean");

    expect((await page.goto(`/customers/${HAYDEN}/assets/new`))?.status()).toBe(403);
    expect((await page.goto(`/customers/${HAYDEN}/locations/new`))?.status()).toBe(403);
    expect((await page.request.get(`/pickers/customers?q=Gerald`)).status()).toBe(403);
  });

  test("the archive action, replayed as the browser's script calls it, answers 403 to support and archives nothing", async ({ browser, baseURL }) => {
    const path = `/customers/${HAYDEN}/locations`;
    const bree = await signedInContext(browser, DEMO_USERS.accountManager.email);
    await bree.page.goto(path);
    const archiveForm = bree.page.locator("form").filter({ has: bree.page.getByRole("button", { name: "Archive Why Outpatient Annex" }) });
    const fields = await readActionFields(archiveForm);
    const locationId = await archiveForm.locator('input[name="locationId"]').inputValue();
    await bree.context.close();

    const support = await signedInContext(browser, DEMO_USERS.support.email);
    const response = await support.context.request.post(path, {
      multipart: fetchActionBody({ customerId: String(HAYDEN), locationId, archived: "true" }),
      headers: fetchActionHeaders(actionIdOf(fields), baseURL!),
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    await support.page.goto(path);
    await expect(locationRow(support.page, "Why Outpatient Annex")).not.toContainText("Archived");
    await support.context.close();
  });
});
