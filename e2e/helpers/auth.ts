// Signing in as the demo staff the e2e server seeds (prisma/seed.ts), one per role.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS = {
  admin: { email: "admin@example.com", name: "Ada Admin", roleLabel: "Admin" },
  accountManager: { email: "bree@example.com", name: "Bree Test", roleLabel: "Account manager" },
  support: { email: "support@example.com", name: "Sam Support", roleLabel: "Support" },
  finance: { email: "finance@example.com", name: "Fran Finance", roleLabel: "Finance" },
} as const;

/** Signs in through the real form and waits for the customers list. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/customers");
  await expect(page.getByTestId("current-role")).toBeVisible();
}

/** A separate browser context (its own cookies) signed in as `email`, for multi-user journeys. */
export async function signedInContext(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}
