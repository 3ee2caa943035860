// The RISC score: 0.0-10.0, the sum of the findings' weights (findings.ts) capped at 10, and its
// level. Pure, so a write's recompute, the daily batch, the seed and the tests agree exactly.
// Scores are integers in tenths everywhere (stored in Customer.riskScore), so the level edges
// (3.0, 6.0, 9.0) are exact comparisons, never floating-point ones.
import {
  contractEnding,
  openWarnings,
  ordersOverdue,
  payingWithoutSubscription,
  scannersSilent,
  usageFalling,
  type RawFinding,
} from "./findings";
import type { RiskInput, RiskLevel, RiskResult } from "./types";

export const MAX_SCORE_TENTHS = 100;

/** Lower bounds, in tenths, of each level above LOW. */
const LEVEL_FLOORS: readonly [RiskLevel, number][] = [
  ["critical", 90],
  ["high", 60],
  ["medium", 30],
];

export function riskLevelOf(scoreTenths: number): RiskLevel {
  return LEVEL_FLOORS.find(([, floor]) => scoreTenths >= floor)?.[0] ?? "low";
}

/** Tenths as the score is shown: 65 -> "6.5", 100 -> "10.0". */
export function formatTenths(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** A customer's score, level and the findings behind it, heaviest first. An archived customer
 * scores 0 (nobody works on it; its warnings are cleared too), and so does a churned one: it has
 * already left, so there is no leaving to foresee. */
export function scoreRisk(input: RiskInput, now: Date): RiskResult {
  if (input.archivedAt || input.status === "churned") return { scoreTenths: 0, level: "low", findings: [] };
  const raw: RawFinding[] = [
    usageFalling(input, now),
    openWarnings(input),
    contractEnding(input, now),
    scannersSilent(input, now),
    ordersOverdue(input, now),
    payingWithoutSubscription(input, now),
  ].filter((finding): finding is RawFinding => finding !== null);
  // Heaviest first; equal weights keep the order above (a stable sort).
  raw.sort((a, b) => b.weightTenths - a.weightTenths);
  const scoreTenths = Math.min(MAX_SCORE_TENTHS, raw.reduce((sum, finding) => sum + finding.weightTenths, 0));
  const findings = raw.map(({ code, weightTenths, detail }) => ({ code, weightTenths, text: `+${formatTenths(weightTenths)} ${detail}` }));
  return { scoreTenths, level: riskLevelOf(scoreTenths), findings };
}
