// Five wrong passwords for one email, then the sixth try is refused with a message that does not
// say whether the email exists; the same for an email nobody has.
import { expect, test } from "@playwright/test";

for (const kind of ["known", "unknown"] as const) {
  test(`the sixth attempt for one ${kind} email is throttled`, async ({ page }) => {
    // The known one is a demo user no other journey signs in as.
    const email = kind === "known" ? "morgan@example.com" : `nobody-${Date.now()}@example.com`;
    await page.goto("/signin");
    const alert = page.getByRole("alert").filter({ hasText: /incorrect|Too many/ });
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      await expect(alert).toHaveText(attempt <= 5 ? "Email or password is incorrect." : "Too many sign-in attempts. Wait 15 minutes and try again.");
    }
  });
}
