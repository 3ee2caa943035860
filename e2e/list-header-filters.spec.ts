// Journey: the filters in the table's column headers. Their forms are rendered in the browser when
// opened (decision 037), so each must keep the list's other filters and its sort from the URL,
// and a second header filter must keep the first.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("a header filter adds its parameter and keeps the list's filters, sort and the other header filter", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  await page.goto("/customers?status=paying&sort=name&dir=desc&page=2");
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toContainText("paying");

  // MRR: at least 0 (every customer has one), so the rows stay those of the status filter.
  const mrr = page.getByRole("columnheader", { name: /^MRR/ });
  await mrr.locator("summary").click();
  const mrrForm = page.getByRole("form", { name: "Filter by MRR" });
  await mrrForm.getByLabel("MRR at least").fill("0");
  await mrrForm.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]mrrMin=0(&|$)/);
  const afterMrr = new URL(page.url());
  expect(afterMrr.searchParams.get("status")).toBe("paying");
  expect(afterMrr.searchParams.get("sort")).toBe("name");
  expect(afterMrr.searchParams.get("dir")).toBe("desc");
  expect(afterMrr.searchParams.get("page")).toBeNull(); // a new filter starts at page 1
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("MRR at least 0");
  await expect(page.getByRole("search").getByLabel("MRR at least")).toHaveValue("0");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allTextContents()) expect(text).toContain("paying");

  // Risk: the levels ticked in the header join the MRR filter rather than replacing it.
  const risk = page.getByRole("columnheader", { name: /^Risk/ });
  await risk.locator("summary").click();
  const riskForm = page.getByRole("form", { name: "Filter by Risk" });
  await riskForm.getByLabel("HIGH").check();
  await riskForm.getByLabel("CRITICAL").check();
  await riskForm.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]risk=/);
  const afterRisk = new URL(page.url());
  expect(afterRisk.searchParams.get("mrrMin")).toBe("0");
  expect(afterRisk.searchParams.get("status")).toBe("paying");
  expect(afterRisk.searchParams.getAll("risk").join(",").split(",").sort()).toEqual(["critical", "high"]);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Risk: HIGH or CRITICAL");
  await expect(page.getByRole("columnheader", { name: /^Risk/ }).locator("summary")).toContainText("(filtered)");

  // Opened again, the Risk header's form shows what is set.
  await page.getByRole("columnheader", { name: /^Risk/ }).locator("summary").click();
  await expect(page.getByRole("form", { name: "Filter by Risk" }).getByLabel("HIGH")).toBeChecked();
  await expect(page.getByRole("form", { name: "Filter by Risk" }).getByLabel("LOW")).not.toBeChecked();
});
