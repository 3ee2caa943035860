// The activity log: an admin sees sign-ins (success, failure) and exports, filters by kind, and
// downloads the filtered log as CSV; other roles are refused.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("an admin sees failed and successful sign-ins and an export, filters and downloads them", async ({ page, browser }) => {
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto("/signin");
  await visitor.getByLabel("Email").fill(DEMO_USERS.finance.email);
  await visitor.getByLabel("Password").fill("wrong-password-once");
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await signIn(visitor, DEMO_USERS.finance.email);
  expect((await visitor.request.get("/customers/export?format=csv&status=paying")).status()).toBe(200);
  await other.close();

  await signIn(page, DEMO_USERS.admin.email);
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const rows = page.getByTestId("activity-row");
  await expect(rows.filter({ hasText: "Sign-in failed" }).filter({ hasText: DEMO_USERS.finance.email }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Customers exported" }).filter({ hasText: DEMO_USERS.finance.email }).first()).toBeVisible();

  await page.getByLabel("Kind").selectOption({ label: "Sign-ins" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=sign_in/);
  await expect(rows.filter({ hasText: "Customers exported" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "Signed in" }).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text.split("\r\n")[0]).toBe("\uFEFFTime (UTC),Kind,What,Who,Detail");
  expect(text).toContain(`Sign-in failed,${DEMO_USERS.finance.email}`);
  expect(text).not.toContain("Customers exported");
});

test("the activity log and its CSV are for admins only", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await expect(page.getByRole("link", { name: "Activity" })).toHaveCount(0);
  expect((await page.goto("/settings/activity"))?.status()).toBe(403);
  expect((await page.request.get("/settings/activity/export")).status()).toBe(403);
});
