// Support reads a customer and may change its notes, and nothing else.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("support edits a customer's notes, which the audit log records, but cannot edit or archive", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await page.goto("/customers/162");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Gerald Dean");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toHaveCount(0);

  const note = `Called about scanner setup ${Date.now()}`;
  await page.getByRole("textbox", { name: "Notes" }).fill(note);
  await page.getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByRole("region", { name: "Notifications" }).getByText("Notes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue(note);

  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Audit log" }).click();
  const row = page.getByTestId("audit-row").filter({ hasText: note });
  await expect(row).toContainText("support@example.com");
  await expect(row).toContainText("Customer updated");
  await expect(row).toContainText(`Notes: — → ${note}`);

  const edit = await page.goto("/customers/162/edit");
  expect(edit?.status()).toBe(403);
});
