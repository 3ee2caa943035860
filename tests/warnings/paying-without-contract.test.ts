import { describe, expect, it } from "vitest";
import { payingWithoutContract } from "@/lib/warnings/rules/paying-without-contract";
import { evaluateWarnings } from "@/lib/warnings/evaluate";
import type { WarningContract } from "@/lib/warnings/types";

const now = new Date("2026-11-24T12:00:00Z");
const active: WarningContract = {
  startDate: new Date("2026-01-01T00:00:00Z"),
  endDate: null,
  autoRenew: false,
  endedAt: null,
  sendInvoicesAutomatically: true,
};
const expired: WarningContract = { ...active, endDate: new Date("2026-06-30T00:00:00Z") };

describe("paying without contract", () => {
  it("flags a paying customer with no contract at all", () => {
    expect(payingWithoutContract.applies({ status: "paying", billingEmail: null, contracts: [] }, now)).toBe(true);
  });

  it("flags a paying customer whose only contract has expired", () => {
    expect(payingWithoutContract.applies({ status: "paying", billingEmail: null, contracts: [expired] }, now)).toBe(true);
  });

  it("does not flag a paying customer with an active contract among expired ones", () => {
    expect(payingWithoutContract.applies({ status: "paying", billingEmail: null, contracts: [expired, active] }, now)).toBe(false);
  });

  it.each(["trial", "suspended", "churned"])("does not flag a %s customer without contract", (status) => {
    expect(payingWithoutContract.applies({ status, billingEmail: null, contracts: [] }, now)).toBe(false);
  });

  it("is reported by evaluateWarnings with the banner's message", () => {
    const rules = evaluateWarnings({ status: "paying", billingEmail: null, contracts: [] }, now);
    expect(rules.map((rule) => rule.message)).toEqual(["paying without contract"]);
  });
});
