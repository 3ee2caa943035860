// Every page answers with the Content-Security-Policy (scripts by nonce) and the framing, sniffing
// and referrer headers, and still works under them: no CSP violation, charts included.
import { expect, test } from "@playwright/test";
import { signIn, DEMO_USERS } from "./helpers/auth";

const PAGES = [
  "/customers", "/customers/new", "/customers/163", "/customers/163/edit", "/customers/159/stats", "/customers/159/scanners",
  "/customers/163/audit", "/customers/159/contracts", "/customers/159/accounts", "/warnings", "/customers/import",
  "/settings/api-tokens", "/settings/staff", "/settings/account", "/settings/activity", "/no-such-page",
];

test("every page answers with the CSP and frame headers and runs without a CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));

  const signInResponse = await page.goto("/signin");
  expect(signInResponse?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await signIn(page, DEMO_USERS.admin.email);

  for (const path of PAGES) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    // Next put this response's nonce on its scripts.
    expect(await page.locator(`script[nonce]`).count(), path).toBeGreaterThan(0);
    expect(await page.locator("script[nonce]").first().evaluate((el) => (el as HTMLScriptElement).nonce), path).toBe(nonce);
  }
  // The hydrated charts render under the policy.
  await page.goto("/customers/159/stats?from=2017-03&to=2017-05");
  await expect(page.locator(".recharts-bar-rectangle")).toHaveCount(3);
  expect(violations).toEqual([]);
});

test("a client-side navigation works under the CSP (scripts loaded by the nonce'd loader)", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await page.getByRole("link", { name: "Warnings" }).click();
  await expect(page).toHaveURL(/\/warnings$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("unsupported methods get 405, TRACE included", async ({ request }) => {
  for (const [method, path] of [["TRACE", "/api/v1/customers"], ["TRACE", "/customers"], ["PUT", "/customers"], ["DELETE", "/warnings"], ["PUT", "/customers/export"], ["PATCH", "/api/v1/customers"]] as const) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, DEMO_USERS.finance.email);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
