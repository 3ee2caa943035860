// Journeys 5 and 6: unknown customers answer 404, and mangled list URLs show the default list
// instead of an error.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
});

// No loading.tsx may wrap these pages: a streamed response sends 200 before notFound() runs.
for (const path of ["/customers/99999999", "/customers/abc"]) {
  test(`${path} shows the 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(path);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
}

test("a list URL with bogus sort, page, page size and a 10,000-character search shows the default list", async ({ page }) => {
  await page.goto("/customers");
  const footer = page.getByText(/^Displaying [\d,]+ customers?$/);
  const defaultFooter = await footer.textContent();
  const defaultFirstRow = await page.locator("table tbody tr").first().textContent();

  const response = await page.goto(`/customers?sort=bogus&page=-1&pageSize=7&q=${"a".repeat(10_000)}`);

  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  await expect(page.getByRole("search").getByLabel("Search")).toHaveValue("");
  await expect(footer).toHaveText(defaultFooter!);
  await expect(page.getByText("Page 1 of", { exact: false })).toBeVisible();
  await expect(page.locator("table tbody tr")).toHaveCount(50);
  await expect(page.locator("table tbody tr").first()).toHaveText(defaultFirstRow!);
  await expect(page.getByRole("columnheader", { name: /Created/ })).toHaveAttribute("aria-sort", "descending");
});
