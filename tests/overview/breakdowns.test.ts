// Unit: the overview's asset and site breakdowns from grouped counts.
import { describe, expect, it } from "vitest";
import { breakdownAssets, breakdownSites, UNKNOWN_COUNTRY } from "@/lib/overview/breakdowns";

describe("breakdownAssets", () => {
  it("totals by type (most first) and by status (every known status, zeros included)", () => {
    const breakdown = breakdownAssets([
      { type: "ultrasound", status: "in_service", count: 3 },
      { type: "ultrasound", status: "in_repair", count: 1 },
      { type: "workstation", status: "in_service", count: 2 },
      { type: "printer", status: "in_service", count: 2 },
    ]);
    expect(breakdown.total).toBe(8);
    expect(breakdown.byType).toEqual([
      { key: "ultrasound", count: 4 },
      { key: "printer", count: 2 },
      { key: "workstation", count: 2 },
    ]);
    expect(breakdown.byStatus).toEqual([
      { key: "in_service", count: 7 },
      { key: "in_repair", count: 1 },
      { key: "retired", count: 0 },
    ]);
  });

  it("an unexpected status is still counted, after the known ones", () => {
    const breakdown = breakdownAssets([{ type: "x", status: "lost", count: 2 }]);
    expect(breakdown.byStatus.at(-1)).toEqual({ key: "lost", count: 2 });
    expect(breakdown.byStatus.reduce((sum, tally) => sum + tally.count, 0)).toBe(breakdown.total);
  });

  it("no assets: total 0", () => {
    expect(breakdownAssets([]).total).toBe(0);
  });
});

describe("breakdownSites", () => {
  it("totals by country and by status; a site without a country counts as Unknown", () => {
    const breakdown = breakdownSites([
      { country: "NO", status: "active", count: 3 },
      { country: "NO", status: "inactive", count: 1 },
      { country: "US", status: "active", count: 2 },
      { country: null, status: "active", count: 1 },
      { country: "  ", status: "inactive", count: 1 },
    ]);
    expect(breakdown.total).toBe(8);
    expect(breakdown.byCountry).toEqual([
      { key: "NO", count: 4 },
      { key: "US", count: 2 },
      { key: UNKNOWN_COUNTRY, count: 2 },
    ]);
    expect(breakdown.byStatus).toEqual([
      { key: "active", count: 6 },
      { key: "inactive", count: 2 },
    ]);
  });
});
