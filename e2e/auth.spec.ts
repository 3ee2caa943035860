// Journey 1: every role signs in and sees the customers list with its role label; a wrong
// password is refused with a message; a signed-out visitor is sent to the sign-in page.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

for (const user of Object.values(DEMO_USERS)) {
  test(`${user.roleLabel} signs in and sees the customers list`, async ({ page }) => {
    await signIn(page, user.email);

    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByTestId("current-role")).toHaveText(user.roleLabel);
    await expect(page.getByRole("banner")).toContainText(user.name);
    await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
    await expect(page.getByText(/^Displaying [\d,]+ customers$/)).toBeVisible();
  });
}

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_USERS.support.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  // (Next's route announcer is also role=alert, hence the text filter.)
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin/);

  // Nothing was signed in: the list still sends this visitor back to sign in.
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/signin/);
});

test("a signed-out visit to /customers redirects to /signin", async ({ page }) => {
  await page.goto("/customers");

  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveCount(0);
});
