import { describe, expect, it } from "vitest";
import { payingWithoutContract } from "@/lib/warnings/rules/paying-without-contract";
import { NOW, contract, subject } from "./subject";

const expired = contract({ endDate: new Date("2026-06-30T00:00:00Z") });

describe("paying without contract", () => {
  it("flags a paying customer with no contract at all", () => {
    expect(payingWithoutContract.applies(subject({ contracts: [] }), NOW)).toBe(true);
  });

  it("flags a paying customer whose only contract has expired", () => {
    expect(payingWithoutContract.applies(subject({ contracts: [expired] }), NOW)).toBe(true);
  });

  it("flags a paying customer whose contract staff ended, or that starts only tomorrow", () => {
    expect(payingWithoutContract.applies(subject({ contracts: [contract({ endedAt: new Date("2026-11-01T10:00:00Z") })] }), NOW)).toBe(true);
    expect(payingWithoutContract.applies(subject({ contracts: [contract({ startDate: new Date("2026-11-25T00:00:00Z") })] }), NOW)).toBe(true);
  });

  it("does not flag a paying customer with an active contract among expired ones", () => {
    expect(payingWithoutContract.applies(subject({ contracts: [expired, contract()] }), NOW)).toBe(false);
  });

  it("does not flag a contract ending today (its last day is still covered)", () => {
    expect(payingWithoutContract.applies(subject({ contracts: [contract({ endDate: new Date("2026-11-24T00:00:00Z") })] }), NOW)).toBe(false);
  });

  it("does not flag an auto-renewing contract past its end date", () => {
    const renewing = contract({ endDate: new Date("2025-12-31T00:00:00Z"), autoRenew: true });
    expect(payingWithoutContract.applies(subject({ contracts: [renewing] }), NOW)).toBe(false);
  });

  it.each(["trial", "suspended", "churned"])("does not flag a %s customer without contract", (status) => {
    expect(payingWithoutContract.applies(subject({ status, contracts: [] }), NOW)).toBe(false);
  });
});
