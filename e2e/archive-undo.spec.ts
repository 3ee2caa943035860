// Journey: an account manager archives a customer through the confirmation dialog, changes their
// mind and presses Undo in the toast: the customer is active again, and both steps are in its
// audit log.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("archive through the dialog, then Undo in the toast brings the customer back", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_USERS.accountManager.email);
  const name = `Undo Clinic ${Date.now().toString(36)}`;
  await page.goto("/customers/new");
  await page.getByRole("textbox", { name: /^Name/ }).fill(name);
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.waitForURL(/\/customers\/\d+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const heading = page.getByRole("heading", { level: 1 });
  const notifications = page.getByRole("region", { name: "Notifications" });

  // Escape cancels: nothing archived.
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("Archive this customer?");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(heading.getByText("Archived", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(heading.getByText("Archived", { exact: true })).toBeVisible();
  await expect(notifications).toContainText("Customer archived.");

  await notifications.getByRole("button", { name: "Undo" }).click();
  await expect(heading.getByText("Archived", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await expect(notifications).toContainText("Customer unarchived.");

  // It is back on the list, and the audit log has both steps.
  await page.goto(`/customers?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("table").getByRole("link", { name, exact: true })).toBeVisible();
  await page.goto(`/customers/${id}/audit`);
  await expect(page.getByRole("table")).toContainText("Customer archived");
  await expect(page.getByRole("table")).toContainText("Customer unarchived");
});
