import { describe, expect, it } from "vitest";
import { scannerNotSeen30Days } from "@/lib/warnings/rules/scanner-not-seen-30-days";
import { NOW, scanner, subject } from "./subject";

const DAY = 86_400_000;
const seenDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const applies = (overrides: Parameters<typeof subject>[0]) => scannerNotSeen30Days.applies(subject(overrides), NOW);

describe("scanner not seen for 30 days", () => {
  it("flags a scanner last seen 31 days ago", () => {
    expect(applies({ scanners: [scanner({ lastSeenAt: seenDaysAgo(31) })] })).toBe(true);
  });

  it("does not flag a scanner seen exactly 30 days ago, and flags it a second later", () => {
    expect(applies({ scanners: [scanner({ lastSeenAt: seenDaysAgo(30) })] })).toBe(false);
    expect(applies({ scanners: [scanner({ lastSeenAt: new Date(seenDaysAgo(30).getTime() - 1000) })] })).toBe(true);
  });

  it("flags one silent scanner among live ones", () => {
    expect(applies({ scanners: [scanner(), scanner({ lastSeenAt: seenDaysAgo(45) })] })).toBe(true);
  });

  it("ignores an archived scanner, however long it has been silent", () => {
    expect(applies({ scanners: [scanner({ lastSeenAt: seenDaysAgo(400), archivedAt: seenDaysAgo(300) })] })).toBe(false);
  });

  it("does not flag a customer without scanners", () => {
    expect(applies({ scanners: [] })).toBe(false);
  });

  it("flags trial customers too, but not suspended or churned ones", () => {
    const silent = [scanner({ lastSeenAt: seenDaysAgo(60) })];
    expect(applies({ status: "trial", scanners: silent })).toBe(true);
    expect(applies({ status: "suspended", scanners: silent })).toBe(false);
    expect(applies({ status: "churned", scanners: silent })).toBe(false);
  });
});
