// Unit: the overview's project counts and billing per currency; two currencies are never summed.
import { describe, expect, it } from "vitest";
import { summarizeProjects } from "@/lib/overview/project-summary";

const now = new Date("2026-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const project = (over: Partial<{ startDate: Date; endDate: Date | null; billedMinor: number; paidMinor: number; currency: string }>) => ({
  startDate: day("2026-01-01"),
  endDate: null,
  billedMinor: 0,
  paidMinor: 0,
  currency: "USD",
  ...over,
});

describe("summarizeProjects", () => {
  it("counts projects by status from their dates", () => {
    const summary = summarizeProjects(
      [
        project({ startDate: day("2026-06-16") }), // upcoming: starts tomorrow
        project({ startDate: day("2026-06-15") }), // active: starts today
        project({ endDate: day("2026-06-15") }), // active: ends today
        project({ endDate: day("2026-06-14") }), // past: ended yesterday
      ],
      now,
    );
    expect(summary.counts).toEqual({ upcoming: 1, active: 2, past: 1 });
  });

  it("keeps each currency on its own line and never adds two currencies together", () => {
    const summary = summarizeProjects(
      [
        project({ currency: "USD", billedMinor: 100_00, paidMinor: 40_00 }),
        project({ currency: "EUR", billedMinor: 70_00, paidMinor: 70_00 }),
        project({ currency: "USD", billedMinor: 50_00, paidMinor: 0 }),
      ],
      now,
    );
    expect(summary.billing).toEqual([
      { currency: "USD", projects: 2, billedMinor: 150_00, paidMinor: 40_00, unpaidMinor: 110_00 },
      { currency: "EUR", projects: 1, billedMinor: 70_00, paidMinor: 70_00, unpaidMinor: 0 },
    ]);
    // No line holds the 220.00 a sum across currencies would give.
    expect(summary.billing.some((line) => line.billedMinor === 220_00)).toBe(false);
  });

  it("a prepaid project does not hide another project's unpaid bill", () => {
    const summary = summarizeProjects(
      [project({ billedMinor: 100_00, paidMinor: 300_00 }), project({ billedMinor: 200_00, paidMinor: 0 })],
      now,
    );
    expect(summary.billing[0]).toMatchObject({ billedMinor: 300_00, paidMinor: 300_00, unpaidMinor: 200_00 });
  });

  it("with no projects: zero counts and no billing lines", () => {
    expect(summarizeProjects([], now)).toEqual({ counts: { active: 0, upcoming: 0, past: 0 }, billing: [] });
  });
});
