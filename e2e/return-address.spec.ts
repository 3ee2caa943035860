// After signing in, the user lands where they were going; only paths of this site are followed.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "./helpers/auth";

async function fillSignIn(page: import("@playwright/test").Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a signed-out user opening a deep link lands there after signing in", async ({ page }) => {
  await page.goto("/customers/163/contracts");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcustomers%2F163%2Fcontracts$/);

  await fillSignIn(page, DEMO_USERS.finance.email);

  await expect(page).toHaveURL(/\/customers\/163\/contracts$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Zack Morris");
  await expect(page.getByRole("heading", { name: "Contracts", exact: true })).toBeVisible();
});

for (const evil of ["/\\evil.example", "//evil.example", "https://evil.example/", "/%5Cevil.example"]) {
  test(`callbackUrl=${evil} lands on /customers`, async ({ page }) => {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(evil)}`);
    await fillSignIn(page, DEMO_USERS.support.email);

    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/customers$/);
    await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  });
}

test("sign-out stays on the host the user opened and ends the session", async ({ page }) => {
  // "localhost" is not NEXTAUTH_URL's host (127.0.0.1): sign-out used to jump there.
  const base = new URL(test.info().project.use.baseURL!);
  const opened = `http://localhost:${base.port}`;
  await page.goto(`${opened}/signin`);
  await fillSignIn(page, DEMO_USERS.admin.email);
  await expect(page).toHaveURL(`${opened}/customers`);

  await page.getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL(`${opened}/signin`);
  await page.goto(`${opened}/customers`);
  await expect(page).toHaveURL(/\/signin/);
});
