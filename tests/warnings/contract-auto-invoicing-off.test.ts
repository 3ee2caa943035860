import { describe, expect, it } from "vitest";
import { contractAutoInvoicingOff } from "@/lib/warnings/rules/contract-auto-invoicing-off";
import { NOW, contract, subject } from "./subject";

const manual = (overrides: Parameters<typeof contract>[0] = {}) => contract({ sendInvoicesAutomatically: false, ...overrides });
const applies = (overrides: Parameters<typeof subject>[0]) => contractAutoInvoicingOff.applies(subject(overrides), NOW);

describe("contract with automatic invoicing off", () => {
  it("flags an active contract that does not send invoices automatically", () => {
    expect(applies({ contracts: [manual()] })).toBe(true);
  });

  it("flags it on the contract's last day, and not the day after", () => {
    expect(applies({ contracts: [manual({ endDate: new Date("2026-11-24T00:00:00Z") })] })).toBe(true);
    expect(applies({ contracts: [manual({ endDate: new Date("2026-11-23T00:00:00Z") })] })).toBe(false);
  });

  it("flags an auto-renewing contract past its end date (it is still active)", () => {
    expect(applies({ contracts: [manual({ endDate: new Date("2025-12-31T00:00:00Z"), autoRenew: true })] })).toBe(true);
  });

  it("does not flag contracts that invoice automatically, not yet started, or ended by staff", () => {
    expect(applies({ contracts: [contract()] })).toBe(false);
    expect(applies({ contracts: [manual({ startDate: new Date("2026-12-01T00:00:00Z") })] })).toBe(false);
    expect(applies({ contracts: [manual({ endedAt: new Date("2026-11-20T00:00:00Z") })] })).toBe(false);
  });

  it("applies whatever the customer's status", () => {
    expect(applies({ status: "trial", contracts: [manual()] })).toBe(true);
  });
});
