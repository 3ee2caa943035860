// Journey: an admin creates an API token in the console, sees it once, an integration calls the
// API with it, and revoking it locks the integration out. Non-admins cannot reach the page.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("admin creates a token, the API accepts it, revoking it answers 401", async ({ page, request }) => {
  await signIn(page, DEMO_USERS.admin.email);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();

  const name = `E2E sync ${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Scope").selectOption("read_write");
  await page.getByRole("button", { name: "Create token" }).click();

  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-token-row").filter({ hasText: name });
  await expect(row).toContainText("Read and write");
  await expect(row).toContainText("Never");
  await expect(row).toContainText(token.slice(0, 11));

  // Shown once: a reload lists the token without its value.
  await page.reload();
  await expect(page.getByTestId("api-token-row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);

  const headers = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/customers?limit=2", { headers });
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.data).toHaveLength(2);
  expect(typeof body.nextCursor).toBe("string");

  const created = await request.post("/api/v1/customers", { headers, data: { name: "Created over the API" } });
  expect(created.status()).toBe(201);
  const customer = await created.json();
  expect(customer.origin).toBe("api");
  await page.goto(`/customers/${customer.id}/audit`);
  await expect(page.getByTestId("audit-row").first()).toContainText(`api-token:${name}#`);
  await page.goto("/settings/api-tokens");

  await expect(page.getByTestId("api-token-row").filter({ hasText: name })).not.toContainText("Never");

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: name })).toContainText("Revoked");

  const refused = await request.get("/api/v1/customers", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
});

test("a read token may read but not write", async ({ page, request }) => {
  await signIn(page, DEMO_USERS.admin.email);
  await page.goto("/settings/api-tokens");
  await page.getByLabel("Token name").fill("Read only");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  const headers = { Authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/customers/159", { headers })).status()).toBe(200);

  const readOnly = await request.post("/api/v1/customers", { headers, data: { name: "Should not exist" } });
  expect(readOnly.status()).toBe(403);
});

test("non-admins get no link and a 403 page", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  const response = await page.goto("/settings/api-tokens");
  expect(response?.status()).toBe(403);
});

test("the OpenAPI document is public JSON", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect((await response.json()).paths).toHaveProperty("/customers/bulk");
});
