import { describe, expect, it } from "vitest";
import { isContractActive } from "@/lib/warnings/contract-activity";

const now = new Date("2026-11-24T15:30:00Z");
const contract = (overrides: Partial<Parameters<typeof isContractActive>[0]> = {}) => ({
  type: "per_study",
  startDate: new Date("2026-01-01T00:00:00Z"),
  endDate: new Date("2026-12-31T00:00:00Z"),
  autoRenew: false,
  endedAt: null,
  sendInvoicesAutomatically: true,
  ...overrides,
});

describe("isContractActive", () => {
  it("is active between its start and end days", () => {
    expect(isContractActive(contract(), now)).toBe(true);
  });

  it("is still active on its last day, whatever the hour", () => {
    expect(isContractActive(contract({ endDate: new Date("2026-11-24T00:00:00Z") }), now)).toBe(true);
  });

  it("is inactive the day after it ends", () => {
    expect(isContractActive(contract({ endDate: new Date("2026-11-23T00:00:00Z") }), now)).toBe(false);
  });

  it("is inactive before it starts, and active on its first day", () => {
    expect(isContractActive(contract({ startDate: new Date("2026-11-25T00:00:00Z") }), now)).toBe(false);
    expect(isContractActive(contract({ startDate: new Date("2026-11-24T00:00:00Z") }), now)).toBe(true);
  });

  it("runs on past its end date when it renews automatically", () => {
    expect(isContractActive(contract({ endDate: new Date("2025-01-01T00:00:00Z"), autoRenew: true }), now)).toBe(true);
  });

  it("has no end when no end date is set", () => {
    expect(isContractActive(contract({ endDate: null }), now)).toBe(true);
  });

  it("stops when staff ended it, even if it would renew", () => {
    expect(isContractActive(contract({ autoRenew: true, endedAt: new Date("2026-11-20T10:00:00Z") }), now)).toBe(false);
  });
});
