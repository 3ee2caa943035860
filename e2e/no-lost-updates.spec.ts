// Journey (issue 14 item 5, decision 029): two people edit one customer at once. The first save
// wins; the second is refused with "Changed by NAME at TIME" and what they changed, keeps its
// input on top of the newer values, and saves when sent again, so neither change is lost. The
// same form saves without JavaScript (its version and loaded values are plain hidden inputs).
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signedInContext } from "./helpers/auth";

// Two signed-in contexts and several saves: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 240_000 });

test("the second of two concurrent edits sees who changed what, keeps its input and saves after reloading", async ({ browser }) => {
  const first = await signedInContext(browser, DEMO_USERS.accountManager.email);
  const second = await signedInContext(browser, DEMO_USERS.admin.email);

  const name = `Two Editors ${Date.now().toString(36)}`;
  await first.page.goto("/customers/new");
  await first.page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await first.page.getByRole("button", { name: "Create customer" }).click();
  await first.page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(first.page.url()).pathname.split("/").pop()!;

  // Both open the edit form of the same version.
  await first.page.goto(`/customers/${id}/edit`);
  await second.page.goto(`/customers/${id}/edit`);

  await first.page.getByRole("textbox", { name: "City" }).fill("Bergen");
  await first.page.getByRole("button", { name: "Save changes" }).click();
  await first.page.waitForURL(new RegExp(`/customers/${id}$`));

  const notes = second.page.getByRole("textbox", { name: "Notes" });
  await notes.fill("Called about renewal");
  await second.page.getByRole("button", { name: "Save changes" }).click();
  // (The admin also sees the demo banner, another alert.)
  const alert = second.page.getByRole("alert").filter({ hasText: "Changed by" });
  await expect(alert).toContainText(`Changed by ${DEMO_USERS.accountManager.name} at `);
  await expect(alert).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  await expect(alert.getByRole("listitem")).toHaveText(["City: (empty) → Bergen"]);
  // Still on the form: the user's input kept, the field they did not touch at the newer value.
  await expect(second.page).toHaveURL(new RegExp(`/customers/${id}/edit$`));
  await expect(notes).toHaveValue("Called about renewal");
  await expect(second.page.getByRole("textbox", { name: "City" })).toHaveValue("Bergen");

  // Saving again applies the kept input on top of the newer version.
  await second.page.getByRole("button", { name: "Save changes" }).click();
  await second.page.waitForURL(new RegExp(`/customers/${id}$`));
  await expect(second.page.getByText("Called about renewal")).toBeVisible();
  await expect(second.page.getByText("Bergen").first()).toBeVisible();

  // The first editor's stale tab (opened before the second save) is refused too, naming the admin.
  await first.page.goto(`/customers/${id}/edit`);
  await second.page.goto(`/customers/${id}/edit`);
  await second.page.getByRole("textbox", { name: "Postal code" }).fill("5003");
  await second.page.getByRole("button", { name: "Save changes" }).click();
  await second.page.waitForURL(new RegExp(`/customers/${id}$`));
  await first.page.getByRole("textbox", { name: "City" }).fill("Oslo");
  await first.page.getByRole("button", { name: "Save changes" }).click();
  const stale = first.page.getByRole("alert").filter({ hasText: "Changed by" });
  await expect(stale).toContainText(`Changed by ${DEMO_USERS.admin.name} at `);
  await expect(stale.getByRole("listitem")).toHaveText(["Postal code: (empty) → 5003"]);

  await first.context.close();
  await second.context.close();
});

test("the edit form saves without JavaScript, only the field changed", async ({ browser }) => {
  // Signed in (and the customer created) with JavaScript; the edit itself without.
  const withJs = await signedInContext(browser, DEMO_USERS.accountManager.email);
  const name = `No Script ${Date.now().toString(36)}`;
  await withJs.page.goto("/customers/new");
  await withJs.page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await withJs.page.getByRole("button", { name: "Create customer" }).click();
  await withJs.page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(withJs.page.url()).pathname.split("/").pop()!;

  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await withJs.context.storageState() });
  const plain = await noJs.newPage();
  await plain.goto(`/customers/${id}/edit`);
  await plain.getByRole("textbox", { name: "City" }).fill("Tromsø");
  await plain.getByRole("button", { name: "Save changes" }).click();
  await plain.waitForURL(new RegExp(`/customers/${id}$`));
  // The overview streams behind its loading boundary, which only a browser running JavaScript
  // swaps in; so the saved customer is read back where JavaScript runs: the city changed, the
  // name (not touched) kept.
  await withJs.page.goto(`/customers/${id}`);
  await expect(withJs.page.getByText("Tromsø").first()).toBeVisible();
  await expect(withJs.page.getByRole("heading", { name })).toBeVisible();

  await noJs.close();
  await withJs.context.close();
});

test("support's notes and the Settings tab: a stale save names who changed what and keeps the input", async ({ browser }) => {
  const support = await signedInContext(browser, DEMO_USERS.support.email);
  const admin = await signedInContext(browser, DEMO_USERS.admin.email);
  const name = `Notes Race ${Date.now().toString(36)}`;
  await admin.page.goto("/customers/new");
  await admin.page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await admin.page.getByRole("button", { name: "Create customer" }).click();
  await admin.page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(admin.page.url()).pathname.split("/").pop()!;

  // Support opens the customer; the admin then changes the city.
  await support.page.goto(`/customers/${id}`);
  const notes = support.page.getByRole("textbox", { name: "Notes" });
  await expect(notes).toBeVisible();
  await admin.page.goto(`/customers/${id}/edit`);
  await admin.page.getByRole("textbox", { name: "City" }).fill("Bergen");
  await admin.page.getByRole("button", { name: "Save changes" }).click();
  await admin.page.waitForURL(new RegExp(`/customers/${id}$`));

  await notes.fill("Called about renewal");
  await support.page.getByRole("button", { name: "Save notes" }).click();
  const alert = support.page.getByRole("alert").filter({ hasText: "Changed by" });
  await expect(alert).toContainText(`Changed by ${DEMO_USERS.admin.name} at `);
  await expect(alert.getByRole("listitem")).toHaveText(["City: (empty) → Bergen"]);
  await expect(notes).toHaveValue("Called about renewal");
  // Saving again applies the kept notes on top of the admin's change.
  await support.page.getByRole("button", { name: "Save notes" }).click();
  await expect(support.page.getByRole("region", { name: "Notifications" }).getByText("Notes saved.")).toBeVisible();
  await support.page.reload();
  await expect(support.page.getByRole("textbox", { name: "Notes" })).toHaveValue("Called about renewal");

  // Settings: two admin tabs; the second one's save is refused with the first one's change.
  const other = await admin.context.newPage();
  await admin.page.goto(`/customers/${id}/settings`);
  await other.goto(`/customers/${id}/settings`);
  await admin.page.getByRole("combobox", { name: "Currency" }).selectOption("NOK");
  await admin.page.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.page.getByRole("region", { name: "Notifications" }).getByText("Settings saved.")).toBeVisible();
  await other.getByRole("spinbutton", { name: /Payment terms/ }).fill("14");
  await other.getByRole("button", { name: "Save settings" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "Changed by" })).toContainText(`Changed by ${DEMO_USERS.admin.name} at `);
  await expect(other.getByRole("alert").filter({ hasText: "Changed by" })).toContainText("Currency: USD → NOK");
  await expect(other.getByRole("spinbutton", { name: /Payment terms/ })).toHaveValue("14");

  await support.context.close();
  await admin.context.close();
});
