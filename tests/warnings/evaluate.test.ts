import { describe, expect, it } from "vitest";
import { evaluateWarnings } from "@/lib/warnings/evaluate";
import { WARNING_RULES } from "@/lib/warnings/rules";
import { NOW, contract, scanner, subject } from "./subject";

describe("evaluateWarnings", () => {
  it("reports nothing for a healthy customer", () => {
    expect(evaluateWarnings(subject(), NOW)).toEqual([]);
  });

  it("reports every broken rule in rule order, with its message", () => {
    const rules = evaluateWarnings(
      subject({
        billingEmail: null,
        contracts: [contract({ endDate: new Date("2026-01-31T00:00:00Z") })],
        scanners: [scanner({ lastSeenAt: new Date("2026-09-01T00:00:00Z") })],
      }),
      NOW,
    );
    expect(rules.map((rule) => rule.message)).toEqual([
      "paying without contract",
      "contract expired while paying",
      "paying without billing email",
      "scanner not seen for 30 days",
    ]);
  });

  it("reports nothing for an archived customer, whatever it breaks", () => {
    expect(evaluateWarnings(subject({ billingEmail: null, contracts: [], archivedAt: new Date("2026-10-01T00:00:00Z") }), NOW)).toEqual([]);
  });

  it("has unique snake_case rule ids and a severity for each rule", () => {
    const ids = WARNING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of WARNING_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(["critical", "warning"]).toContain(rule.severity);
    }
  });
});
