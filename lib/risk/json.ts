// The customer's risk as the REST API returns it (read-only): the score as a number of points
// (6.5), its level and the findings with their weights in points. Declared once as a zod schema,
// which the OpenAPI document is generated from (lib/customers/fields.ts, "risk").
import { z } from "zod";
import { readStoredRisk, type StoredRisk } from "./stored";
import { RISK_FINDING_CODES, RISK_LEVELS } from "./types";

export const riskJsonSchema = z
  .object({
    score: z.number().min(0).max(10).describe("RISC score from 0.0 to 10.0, one decimal"),
    level: z.enum(RISK_LEVELS).describe("low below 3.0, medium below 6.0, high below 9.0, critical from 9.0"),
    findings: z.array(
      z.object({
        code: z.enum(RISK_FINDING_CODES),
        weight: z.number().describe("Points this finding adds, e.g. 2.5"),
        text: z.string().describe('As the customer page shows it, e.g. "+2.0 usage fell 45% over 3 months"'),
      }),
    ),
  })
  .describe("Read-only: recomputed with every write that changes a finding and by the daily recompute");

export type RiskJson = z.output<typeof riskJsonSchema>;

/** Missing columns (a reader that did not load them) read as the stored defaults. */
export function toRiskJson(customer: Partial<StoredRisk>): RiskJson {
  const risk = readStoredRisk({ riskScore: customer.riskScore ?? 0, riskLevel: customer.riskLevel ?? "low", riskFindings: customer.riskFindings ?? "[]" });
  return {
    score: risk.scoreTenths / 10,
    level: risk.level,
    findings: risk.findings.map((finding) => ({ code: finding.code, weight: finding.weightTenths / 10, text: finding.text })),
  };
}
