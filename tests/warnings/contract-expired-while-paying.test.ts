import { describe, expect, it } from "vitest";
import { contractExpiredWhilePaying } from "@/lib/warnings/rules/contract-expired-while-paying";
import { evaluateWarnings } from "@/lib/warnings/evaluate";
import { NOW, contract, subject } from "./subject";

const expiredLastWeek = contract({ endDate: new Date("2026-11-17T00:00:00Z") });
const applies = (overrides: Parameters<typeof subject>[0]) => contractExpiredWhilePaying.applies(subject(overrides), NOW);

describe("contract expired while paying", () => {
  it("flags a paying customer whose only contract ran out at its end date", () => {
    expect(applies({ contracts: [expiredLastWeek] })).toBe(true);
  });

  it("flags the day after the end date, not on the end date itself", () => {
    expect(applies({ contracts: [contract({ endDate: new Date("2026-11-23T00:00:00Z") })] })).toBe(true);
    expect(applies({ contracts: [contract({ endDate: new Date("2026-11-24T00:00:00Z") })] })).toBe(false);
  });

  it("does not flag an auto-renewing contract past its end date (it is still active)", () => {
    expect(applies({ contracts: [contract({ endDate: new Date("2026-11-17T00:00:00Z"), autoRenew: true })] })).toBe(false);
  });

  it("does not flag a contract staff ended: that was a decision, not a lapse", () => {
    expect(applies({ contracts: [contract({ endDate: new Date("2026-11-17T00:00:00Z"), endedAt: new Date("2026-10-01T00:00:00Z") })] })).toBe(false);
  });

  it("does not flag when another contract is active", () => {
    expect(applies({ contracts: [expiredLastWeek, contract()] })).toBe(false);
  });

  it("does not flag a paying customer who never had a contract", () => {
    expect(applies({ contracts: [] })).toBe(false);
  });

  it.each(["trial", "suspended", "churned"])("does not flag a %s customer", (status) => {
    expect(applies({ status, contracts: [expiredLastWeek] })).toBe(false);
  });

  it("comes with paying without contract, which it explains", () => {
    const messages = evaluateWarnings(subject({ contracts: [expiredLastWeek] }), NOW).map((rule) => rule.message);
    expect(messages).toEqual(["paying without contract", "contract expired while paying"]);
  });
});
