// Journey: axe-core (WCAG 2 A/AA rules) on every main page, signed in as each role, finds no
// serious or critical violation; on the list also with its controls open (the Columns chooser, a
// header filter's popover, the saved-views panel holding a view of one's own). Each role's results are also written to tmp/axe/<role>-<group>.json so
// a run can be compared with an earlier one.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

// Playwright runs from the project root (playwright.config.ts).
const AXE_SCRIPT = path.join(process.cwd(), "node_modules/axe-core/axe.min.js");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

// Seed 000's Zack Morris (prisma/seed/risk.ts, prisma/seed/revenue-records.ts): a risky customer
// (the Risk panel with findings) with subscriptions, orders, users and settings on seed 002's tabs.
const ZACK = "163";

/** Every tab of a customer's page. */
const customerTabs = (customer: string) =>
  ["", "/accounts", "/stats", "/scanners", "/contracts", "/locations", "/assets", "/assets-owned", "/projects", "/subscriptions", "/orders", "/users", "/settings", "/audit"].map(
    (tab) => `${customer}${tab}`,
  );

type PageGroup = { key: string; title: string; urls: string[] };

/** The pages every role reaches, and those behind a permission, in three groups (one test each). */
function pageGroups(role: keyof typeof DEMO_USERS, customerId: string): PageGroup[] {
  const customer = `/customers/${customerId}`;
  const pages = ["/customers", "/customers?status=paying&archived=all&page=2", "/warnings", "/settings/account"];
  const tabs = customerTabs(customer);
  if (role === "admin" || role === "accountManager") {
    pages.push("/customers/new", "/customers/import");
    tabs.push(`${customer}/edit`);
  }
  if (role !== "support") tabs.push(`${customer}/contracts/new?type=per_study`);
  if (role === "admin") pages.push("/settings/api-tokens", "/settings/staff", "/settings/activity");
  return [
    { key: "console", title: "the console's pages", urls: pages },
    { key: "customer", title: "a paying customer's tabs", urls: tabs },
    { key: "zack", title: "Zack Morris's tabs (Risk panel, seed 002's records)", urls: customerTabs(`/customers/${ZACK}`) },
  ];
}

for (const role of Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[]) {
  for (const [index, { key, title }] of pageGroups(role, "<id>").entries()) {
    test(`axe finds no serious or critical violations on ${title} as ${DEMO_USERS[role].roleLabel}`, async ({ page }) => {
      test.setTimeout(480_000); // a shared, loaded machine: 14 pages with axe took 4.8 min at load 29
      await signIn(page, DEMO_USERS[role].email);
      // A customer with usage and scanners: the busiest paying one on the first page of paying customers.
      await page.goto("/customers?status=paying");
      const href = await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
      const customerId = /^\/customers\/(\d+)$/.exec(href!)![1];

      const results: Record<string, Violation[]> = {};
      for (const url of pageGroups(role, customerId)[index].urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        if (url === `/customers/${ZACK}`) await expect(page.getByTestId("risk-findings")).toBeVisible(); // the Risk panel with its findings is checked
        await page.waitForLoadState("networkidle");
        results[url.replace(`/customers/${customerId}`, "/customers/<id>")] = await seriousViolations(page);
      }
      mkdirSync("tmp/axe", { recursive: true });
      writeFileSync(`tmp/axe/${role}-${key}.json`, JSON.stringify(results, null, 2));
      expect(summaryOf(results)).toEqual([]);
    });
  }
}

/** Runs axe on the page as it is now under `name`, into `results`. */
async function check(page: Page, results: Record<string, Violation[]>, name: string) {
  results[name] = await seriousViolations(page);
}

function summaryOf(results: Record<string, Violation[]>): string[] {
  return Object.entries(results)
    .filter(([, violations]) => violations.length > 0)
    .map(([url, violations]) => `${url}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`).join("; ")}`);
}

for (const role of Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[]) {
  test(`axe finds no serious or critical violations on the list with its controls open as ${DEMO_USERS[role].roleLabel}`, async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, DEMO_USERS[role].email);
    await page.locator("thead th a").first().waitFor(); // the table has streamed in behind its skeleton
    const results: Record<string, Violation[]> = {};

    const chooser = page.locator("details").filter({ has: page.locator('ul[aria-label="Columns"]') });
    await chooser.locator("summary").click();
    await expect(chooser.getByRole("checkbox", { name: "Country" })).toBeVisible();
    await check(page, results, "/customers (Columns chooser open)");
    await chooser.locator("summary").click();
    await expect(chooser.getByRole("checkbox", { name: "Country" })).toBeHidden();

    const riskHeader = page.getByRole("columnheader", { name: /^Risk/ });
    await riskHeader.locator("summary").click();
    const riskFilter = riskHeader.getByRole("form", { name: "Filter by Risk" });
    await expect(riskFilter.getByRole("checkbox", { name: "HIGH" })).toBeVisible();
    await check(page, results, "/customers (Risk header filter open)");
    await riskHeader.locator("summary").click();
    await expect(riskFilter).toBeHidden();

    // The saved-views panel with a view of one's own in it (its Delete button), then removed again.
    const name = `Axe ${role} ${Date.now().toString(36)}`;
    const save = page.getByRole("form", { name: "Save this view" });
    await save.getByLabel("Save this view as").fill(name);
    await save.getByRole("button", { name: "Save view" }).click();
    const views = page.getByRole("list", { name: "Saved views" });
    await expect(views.getByRole("link", { name })).toBeVisible();
    await check(page, results, "/customers (saved-views panel with a view)");
    await views.getByRole("button", { name: `Delete view ${name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete view" }).click();
    await expect(views.getByRole("link", { name })).toHaveCount(0);

    mkdirSync("tmp/axe", { recursive: true });
    writeFileSync(`tmp/axe/${role}-list-controls.json`, JSON.stringify(results, null, 2));
    expect(Object.keys(results)).toHaveLength(3);
    expect(summaryOf(results)).toEqual([]);
  });
}
