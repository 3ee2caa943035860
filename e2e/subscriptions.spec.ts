// Journeys on the Subscriptions, Orders, Users and Settings tabs (issue 12): an account manager
// adds a monthly and a yearly line and sees the lines' MRR and the customer's MRR and ARR
// (= 12 x MRR) on the tab and under the header right after saving; finance adds an order and
// marks it paid; an open order past the payment terms shows as overdue; support reads only.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

// Seed 000's customers: Gerald Dean has no subscriptions (USD by default); Zack Morris pays in
// EUR with 14 days' terms and order SO-163-1001 open for 60 days (prisma/seed/revenue-records.ts).
const HAYDEN = 159;
const GERALD = 162;
const ZACK = 163;

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
/** "$1,920.00" -> 192000 */
const minorOf = (text: string | null) => Number((text ?? "").replace(/[^0-9]/g, ""));
const money = (minor: number) => `$${(minor / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

async function addLine(page: Page, line: { product: string; quantity: string; unitPrice: string; period: string }) {
  const form = page.getByRole("form", { name: "Add subscription" });
  await form.getByLabel("Product").fill(line.product);
  await form.getByLabel("Quantity").fill(line.quantity);
  await form.getByLabel("Unit price").fill(line.unitPrice);
  await form.getByLabel("Billing period").selectOption(line.period);
  await form.getByRole("button", { name: "Add subscription" }).click();
  await expect(page.getByTestId("subscription-row").filter({ hasText: line.product })).toHaveCount(1);
}

test("an account manager adds a monthly and a yearly subscription and sees MRR and ARR = 12 x MRR at once", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto(`/customers/${GERALD}`);
  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Subscriptions" }).click();
  const mrrBefore = minorOf(await page.getByTestId("customer-revenue-mrr").textContent());

  const monthly = unique("Cloud PACS");
  const yearly = unique("Archive");
  await addLine(page, { product: monthly, quantity: "2", unitPrice: "30.00", period: "monthly" });
  await expect(page.getByTestId("subscription-row").filter({ hasText: monthly })).toContainText("$60.00"); // 2 x 30.00 a month
  await addLine(page, { product: yearly, quantity: "1", unitPrice: "1200.00", period: "yearly" });
  await expect(page.getByTestId("subscription-row").filter({ hasText: yearly })).toContainText("$100.00"); // 1,200.00 / 12

  const mrr = mrrBefore + 16_000;
  for (const where of ["tab-revenue", "customer-revenue"]) {
    await expect(page.getByTestId(`${where}-mrr`)).toHaveText(money(mrr));
    await expect(page.getByTestId(`${where}-arr`)).toHaveText(money(12 * mrr));
  }
  await page.getByRole("navigation", { name: "Customer sections" }).getByRole("link", { name: "Details" }).click();
  await expect(page.getByTestId("customer-revenue-arr")).toHaveText(money(12 * mrr));
});

test("finance adds an order and marks it paid", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  await page.goto(`/customers/${HAYDEN}/orders`);
  const number = unique("SO").replace(" ", "-");
  const form = page.getByRole("form", { name: "Add order" });
  await form.getByLabel("Order number").fill(number);
  await form.getByLabel("Total").fill("250.00");
  await form.getByRole("button", { name: "Add order" }).click();
  const row = page.getByTestId("order-row").filter({ hasText: number });
  await expect(row).toContainText("$250.00");
  await expect(row).toContainText("Open");
  await row.getByRole("button", { name: `Mark paid order ${number}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Mark paid" }).click();
  await expect(row).toContainText("Paid");
  await expect(row.getByRole("button")).toHaveCount(0);
  // Finance reads subscriptions but does not manage them.
  await page.goto(`/customers/${HAYDEN}/subscriptions`);
  await expect(page.getByRole("form", { name: "Add subscription" })).toHaveCount(0);
});

test("an open order past the customer's payment terms shows as overdue", async ({ page }) => {
  await signIn(page, DEMO_USERS.finance.email);
  await page.goto(`/customers/${ZACK}/orders`);
  // Ordered 60 days ago on 14 days' terms: due 46 days ago.
  await expect(page.getByTestId("order-row").filter({ hasText: "SO-163-1001" })).toContainText("Overdue 46 days");
  await expect(page.getByTestId("order-row").filter({ hasText: "SO-163-1002" })).toContainText("Paid");
});

test("support sees the four tabs read-only", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await page.goto(`/customers/${ZACK}/subscriptions`);
  // Zack pays in EUR; his USD line is listed but not summed.
  await expect(page.getByRole("note")).toContainText("not summed");
  await expect(page.getByTestId("subscription-row")).toHaveCount(3);
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^End / })).toHaveCount(0);
  await page.goto(`/customers/${ZACK}/orders`);
  await expect(page.getByTestId("order-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Mark paid|Cancel/ })).toHaveCount(0);
  await page.goto(`/customers/${ZACK}/users`);
  await expect(page.getByTestId("customer-user-row").filter({ hasText: "zack@bayside.example.com" })).toContainText("Owner");
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await page.goto(`/customers/${ZACK}/settings`);
  await expect(page.getByText("EUR")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
});
