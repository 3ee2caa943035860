// Journey: an account manager sets a customer's website. A non-https address is refused beside
// the field and saves nothing; a good one shows as a link on the details and finds the customer.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("account manager edits a customer's website; a bad one is refused beside the field", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  const name = `Website Clinic ${Date.now().toString(36)}`;
  await page.goto("/customers/new");
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const website = page.getByRole("textbox", { name: "Website" });
  await website.fill("http://insecure.example.com");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(website).toHaveAccessibleDescription(/starting with https:\/\//);
  await expect(website).toHaveValue("http://insecure.example.com");
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("link", { name: "http://insecure.example.com" })).toHaveCount(0);

  const address = `https://${name.toLowerCase().replace(/\s+/g, "-")}.example.com/`;
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("textbox", { name: "Website" }).fill(address);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/customers/${id}$`));
  await expect(page.getByRole("link", { name: address })).toHaveAttribute("href", address);

  await page.goto(`/customers?q=${encodeURIComponent(address.slice("https://".length, -1))}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
});
