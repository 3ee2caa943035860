// Unit: the overview's project counts and billing per currency; two currencies are never summed.
import { describe, expect, it } from "vitest";
import { summarizeProjects } from "@/lib/overview/project-summary";

const now = new Date("2026-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const project = (over: Partial<{ startDate: Date; endDate: Date | null; billedMinor: bigint; paidMinor: bigint; currency: string }>) => ({
  startDate: day("2026-01-01"),
  endDate: null,
  billedMinor: 0n,
  paidMinor: 0n,
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
        project({ currency: "USD", billedMinor: 100_00n, paidMinor: 40_00n }),
        project({ currency: "EUR", billedMinor: 70_00n, paidMinor: 70_00n }),
        project({ currency: "USD", billedMinor: 50_00n, paidMinor: 0n }),
      ],
      now,
    );
    expect(summary.billing).toEqual([
      { currency: "USD", projects: 2, billedMinor: 150_00n, paidMinor: 40_00n, unpaidMinor: 110_00n },
      { currency: "EUR", projects: 1, billedMinor: 70_00n, paidMinor: 70_00n, unpaidMinor: 0n },
    ]);
    // No line holds the 220.00 a sum across currencies would give.
    expect(summary.billing.some((line) => line.billedMinor === 220_00n)).toBe(false);
  });

  it("a prepaid project does not hide another project's unpaid bill", () => {
    const summary = summarizeProjects(
      [project({ billedMinor: 100_00n, paidMinor: 300_00n }), project({ billedMinor: 200_00n, paidMinor: 0n })],
      now,
    );
    expect(summary.billing[0]).toMatchObject({ billedMinor: 300_00n, paidMinor: 300_00n, unpaidMinor: 200_00n });
  });

  it("sums amounts beyond 32 bits exactly (64-bit columns)", () => {
    // 2^31 minor units is 21,474,836.48; three projects of 30,000,000.00 each go well past it.
    const summary = summarizeProjects(
      [project({ billedMinor: 3_000_000_000n, paidMinor: 1_000_000_000n }), project({ billedMinor: 3_000_000_000n }), project({ billedMinor: 3_000_000_001n })],
      now,
    );
    expect(summary.billing[0]).toMatchObject({ billedMinor: 9_000_000_001n, paidMinor: 1_000_000_000n, unpaidMinor: 8_000_000_001n });
  });

  it("with no projects: zero counts and no billing lines", () => {
    expect(summarizeProjects([], now)).toEqual({ counts: { active: 0, upcoming: 0, past: 0 }, billing: [] });
  });
});
