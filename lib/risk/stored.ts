// The stored form of a RISC result (Customer.riskScore, riskLevel, riskFindings as JSON text) and
// its reading back for the customer page and the API. Both recomputes write through here, so a
// customer's row is byte-for-byte the same whichever of them wrote it.
import { z } from "zod";
import { RISK_FINDING_CODES, RISK_LEVELS, type RiskFinding, type RiskLevel, type RiskResult } from "./types";

export type StoredRisk = { riskScore: number; riskLevel: string; riskFindings: string };

export function toStoredRisk(result: RiskResult): StoredRisk {
  const findings: RiskFinding[] = result.findings.map(({ code, weightTenths, text }) => ({ code, weightTenths, text }));
  return { riskScore: result.scoreTenths, riskLevel: result.level, riskFindings: JSON.stringify(findings) };
}

export function sameStoredRisk(a: StoredRisk, b: StoredRisk): boolean {
  return a.riskScore === b.riskScore && a.riskLevel === b.riskLevel && a.riskFindings === b.riskFindings;
}

const findingsSchema = z.array(z.object({ code: z.enum(RISK_FINDING_CODES), weightTenths: z.number().int(), text: z.string() }));

export type RiskView = { scoreTenths: number; level: RiskLevel; findings: RiskFinding[] };

/** The stored columns as the page and the API show them. Text that is not what toStoredRisk
 * writes (a hand edit) shows no findings rather than failing the page. */
export function readStoredRisk(stored: StoredRisk): RiskView {
  const level = (RISK_LEVELS as readonly string[]).includes(stored.riskLevel) ? (stored.riskLevel as RiskLevel) : "low";
  let findings: RiskFinding[] = [];
  try {
    const parsed = findingsSchema.safeParse(JSON.parse(stored.riskFindings));
    if (parsed.success) findings = parsed.data;
  } catch {
    // not JSON: no findings to show
  }
  return { scoreTenths: stored.riskScore, level, findings };
}
