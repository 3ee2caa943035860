// Journey: an account manager opens a seeded risky customer (prisma/seed/risk.ts: Zack Morris,
// paying without a contract, open orders long past their terms (two from the risk seed, one from
// prisma/seed/revenue-records.ts), studies falling) and reads
// its RISC score, its level and the findings behind it, next to each other on the customer page.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

const ZACK = 163;

/** The level a score in points falls in (lib/risk/score.ts), to check the badge against the score. */
const levelOf = (score: number) => (score >= 9 ? "CRITICAL" : score >= 6 ? "HIGH" : score >= 3 ? "MEDIUM" : "LOW");

test("the customer page shows a risky customer's score, level and the findings that make it", async ({ page }) => {
  await signIn(page, DEMO_USERS.accountManager.email);
  await page.goto(`/customers/${ZACK}`);
  const panel = page.getByRole("region", { name: /Risk score/ });
  await expect(panel).toBeVisible();

  const findings = panel.getByTestId("risk-findings").getByRole("listitem");
  await expect(findings.filter({ hasText: /^\+3\.0 usage fell 68% over 3 months$/ })).toHaveCount(1);
  await expect(findings.filter({ hasText: /^\+2\.5 3 orders overdue, the oldest by \d+ days$/ })).toHaveCount(1);
  await expect(findings.filter({ hasText: /^\+2\.0 1 open warning: paying without contract$/ })).toHaveCount(1);

  // The score is its findings' weights added up (at most 10.0), and the badge is that score's level.
  const weights = (await findings.allTextContents()).map((text) => Number(/^\+(\d+\.\d)/.exec(text)![1]));
  const expected = Math.min(10, weights.reduce((sum, weight) => sum + weight, 0));
  const score = Number(await panel.getByTestId("risk-score").textContent());
  expect(score).toBeCloseTo(expected, 5);
  expect(score).toBeGreaterThanOrEqual(6);
  await expect(panel.getByTestId("risk-level")).toHaveText(levelOf(score));
});
