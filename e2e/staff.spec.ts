// Staff accounts: an admin adds a finance user with a one-time password, who must change it at
// first sign-in; a deactivated user is signed out at their next click; the demo banner.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

async function addStaff(page: Page, name: string, email: string, role: string, method: string) {
  await page.goto("/settings/staff");
  const form = page.getByRole("form", { name: "Add staff user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel("First sign-in").selectOption({ label: method });
  await form.getByRole("button", { name: "Add staff user" }).click();
}

test("an admin adds a finance user, who signs in with the one-time password and must change it", async ({ page, browser }) => {
  const email = `fin-${Date.now()}@example.com`;
  await signIn(page, DEMO_USERS.admin.email);
  await expect(page.getByTestId("demo-banner")).toHaveText(/Demo data: the demo passwords are public/);
  await addStaff(page, "Finn Newhire", email, "Finance", "One-time password");
  const oneTimePassword = (await page.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
  await expect(page.getByTestId("staff-row").filter({ hasText: email })).toContainText("Must change password");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto("/customers/163");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(oneTimePassword);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  // Nothing but the password form until a password of their own is chosen.
  await expect(newcomer.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  expect((await newcomer.request.get("/customers/export?format=csv")).status()).toBe(403);

  await newcomer.getByLabel("Current password").fill(oneTimePassword);
  await newcomer.getByLabel("New password").fill("password1234");
  await newcomer.getByLabel("Repeat it").fill("password1234");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByText("This password is one of the most common ones; choose another.")).toBeVisible();

  await newcomer.getByLabel("Current password").fill(oneTimePassword);
  await newcomer.getByLabel("New password").fill("finance figures 2026");
  await newcomer.getByLabel("Repeat it").fill("finance figures 2026");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/customers\/163$/);
  await expect(newcomer.getByTestId("current-role")).toHaveText("Finance");
  await expect(newcomer.getByRole("heading", { level: 1 })).toContainText("Zack Morris");
  await context.close();

  await page.reload();
  await expect(page.getByTestId("staff-row").filter({ hasText: email })).toContainText("Active");
});

test("a deactivated user is signed out on the next click and cannot sign in again", async ({ page, browser }) => {
  const email = `sup-${Date.now()}@example.com`;
  await signIn(page, DEMO_USERS.admin.email);
  await addStaff(page, "Sue Shortstay", email, "Support", "One-time password");
  const oneTimePassword = (await page.getByTestId("one-time-password").textContent())!.trim();

  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto("/signin");
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(oneTimePassword);
  await user.getByRole("button", { name: "Sign in" }).click();
  await user.getByLabel("Current password").fill(oneTimePassword);
  await user.getByLabel("New password").fill("support shifts all week");
  await user.getByLabel("Repeat it").fill("support shifts all week");
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Deactivate Sue Shortstay" }).click();
  await expect(page.getByRole("dialog")).toContainText("They are signed out at once and cannot sign in.");
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("staff-row").filter({ hasText: email })).toContainText("Deactivated");

  await user.getByRole("link", { name: "Warnings" }).click();
  await expect(user).toHaveURL(/\/signin/);
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill("support shifts all week");
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await context.close();
});

test("the only admin cannot deactivate themselves; other roles cannot open the staff page", async ({ page, browser }) => {
  await signIn(page, DEMO_USERS.admin.email);
  await page.goto("/settings/staff");
  const adminRow = page.getByTestId("staff-row").filter({ hasText: DEMO_USERS.admin.email });
  await adminRow.getByRole("combobox", { name: `Role of ${DEMO_USERS.admin.name}` }).selectOption({ label: "Support" });
  await adminRow.getByRole("button", { name: `Save role of ${DEMO_USERS.admin.name}` }).click();
  await expect(adminRow.getByRole("alert")).toContainText("last active admin");
  await page.reload();
  await expect(page.getByTestId("current-role")).toHaveText("Admin");

  const context = await browser.newContext();
  const finance = await context.newPage();
  await signIn(finance, DEMO_USERS.finance.email);
  const response = await finance.goto("/settings/staff");
  expect(response?.status()).toBe(403);
  await expect(finance.getByTestId("demo-banner")).toHaveCount(0);
  await context.close();
});
