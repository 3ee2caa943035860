import { describe, expect, it } from "vitest";
import { overlappingContracts } from "@/lib/warnings/rules/overlapping-contracts";
import { NOW, contract, subject } from "./subject";

const applies = (contracts: Parameters<typeof contract>[0][]) =>
  overlappingContracts.applies(subject({ contracts: contracts.map((overrides) => contract(overrides)) }), NOW);

describe("overlapping active contracts of the same type", () => {
  it("flags two active contracts of the same type", () => {
    expect(applies([{ type: "per_study" }, { type: "per_study", startDate: new Date("2026-06-01T00:00:00Z") }])).toBe(true);
  });

  it("does not flag active contracts of different types", () => {
    expect(applies([{ type: "per_study" }, { type: "per_scanner" }, { type: "per_transaction" }])).toBe(false);
  });

  it("flags them on the earlier contract's last day, not the day after", () => {
    const lastDay = (endDate: string) => [{ type: "per_study", endDate: new Date(endDate) }, { type: "per_study" }];
    expect(applies(lastDay("2026-11-24T00:00:00Z"))).toBe(true);
    expect(applies(lastDay("2026-11-23T00:00:00Z"))).toBe(false);
  });

  it("flags them on the later contract's first day, not the day before", () => {
    const starting = (startDate: string) => [{ type: "per_study" }, { type: "per_study", startDate: new Date(startDate) }];
    expect(applies(starting("2026-11-24T00:00:00Z"))).toBe(true);
    expect(applies(starting("2026-11-25T00:00:00Z"))).toBe(false);
  });

  it("does not count a contract staff ended today", () => {
    expect(applies([{ type: "per_study" }, { type: "per_study", endedAt: new Date("2026-11-24T09:00:00Z") }])).toBe(false);
  });

  it("counts an auto-renewing contract past its end date (it is still active)", () => {
    expect(applies([{ type: "per_study" }, { type: "per_study", endDate: new Date("2025-12-31T00:00:00Z"), autoRenew: true }])).toBe(true);
  });

  it("does not flag a single contract", () => {
    expect(applies([{ type: "per_study" }])).toBe(false);
  });
});
