// Journey: axe-core (WCAG 2 A/AA rules) on every main page, signed in as each role, finds no
// serious or critical violation. Each role's results are also written to tmp/axe/<role>.json so
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

/** The pages every role reaches, and those behind a permission. */
function pagesFor(role: keyof typeof DEMO_USERS, customerId: string): string[] {
  const customer = `/customers/${customerId}`;
  const pages = ["/customers", "/customers?status=paying&archived=all&page=2", ...customerTabs(customer), ...customerTabs(`/customers/${ZACK}`), "/warnings", "/settings/account"];
  if (role === "admin" || role === "accountManager") pages.push("/customers/new", `${customer}/edit`, "/customers/import");
  if (role !== "support") pages.push(`${customer}/contracts/new?type=per_study`);
  if (role === "admin") pages.push("/settings/api-tokens", "/settings/staff", "/settings/activity");
  return pages;
}

for (const role of Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[]) {
  test(`axe finds no serious or critical violations on the main pages as ${DEMO_USERS[role].roleLabel}`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, DEMO_USERS[role].email);
    // A customer with usage and scanners: the busiest paying one on the first page of paying customers.
    await page.goto("/customers?status=paying");
    const href = await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
    const customerId = /^\/customers\/(\d+)$/.exec(href!)![1];

    const results: Record<string, Violation[]> = {};
    for (const url of pagesFor(role, customerId)) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      if (url === `/customers/${ZACK}`) await expect(page.getByTestId("risk-findings")).toBeVisible(); // the Risk panel with its findings is checked
      await page.waitForLoadState("networkidle");
      results[url.replace(`/customers/${customerId}`, "/customers/<id>")] = await seriousViolations(page);
    }
    mkdirSync("tmp/axe", { recursive: true });
    writeFileSync(`tmp/axe/${role}.json`, JSON.stringify(results, null, 2));
    const summary = Object.entries(results)
      .filter(([, violations]) => violations.length > 0)
      .map(([url, violations]) => `${url}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`).join("; ")}`);
    expect(summary).toEqual([]);
  });
}
