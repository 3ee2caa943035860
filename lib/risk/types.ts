// What the RISC score (lib/risk/score.ts) sees of a customer, and what it answers. The input is
// plain data, read by one customer's recompute (recompute.ts) or by the batch (batch.ts) alike.
import type { WarningContract, WarningScanner } from "../warnings/types";

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export type RiskInput = {
  status: string;
  archivedAt: Date | null;
  /** Rule ids of the customer's open warnings (its CustomerWarning rows). */
  warningRules: readonly string[];
  contracts: readonly WarningContract[];
  scanners: readonly WarningScanner[];
  /** Stored MonthlyUsage rows ("YYYY-MM", studies); only the last few complete months matter. */
  usage: readonly { month: string; studies: number }[];
  /** Orders that may be overdue: only open ones matter. */
  orders: readonly { status: string; orderedAt: Date }[];
  /** CustomerSettings.paymentTermsDays; null when the customer has no settings row. */
  paymentTermsDays: number | null;
  subscriptions: readonly { startDate: Date; endDate: Date | null }[];
};

export const RISK_FINDING_CODES = [
  "usage_falling",
  "open_warnings",
  "contract_ending",
  "scanners_silent",
  "orders_overdue",
  "paying_without_subscription",
] as const;
export type RiskFindingCode = (typeof RISK_FINDING_CODES)[number];

export type RiskFinding = {
  code: RiskFindingCode;
  /** What the finding adds to the score, in tenths (15 = +1.5). */
  weightTenths: number;
  /** The line shown next to the score: "+2.0 usage fell 45% over 3 months". */
  text: string;
};

export type RiskResult = {
  /** 0-100 tenths (0.0-10.0): the findings' weights summed, capped at 100. */
  scoreTenths: number;
  level: RiskLevel;
  findings: RiskFinding[];
};
