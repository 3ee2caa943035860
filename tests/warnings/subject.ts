// Builders for warning-rule unit tests: a customer that breaks no rule, changed field by field.
import type { WarningContract, WarningScanner, WarningSubject } from "@/lib/warnings/types";

/** Tuesday 24 November 2026, mid-afternoon UTC: "today" for every rule test. */
export const NOW = new Date("2026-11-24T15:30:00Z");

export function contract(overrides: Partial<WarningContract> = {}): WarningContract {
  return {
    type: "per_study",
    startDate: new Date("2026-01-01T00:00:00Z"),
    endDate: null,
    autoRenew: false,
    endedAt: null,
    sendInvoicesAutomatically: true,
    ...overrides,
  };
}

export function scanner(overrides: Partial<WarningScanner> = {}): WarningScanner {
  return { lastSeenAt: new Date("2026-11-24T08:00:00Z"), archivedAt: null, ...overrides };
}

/** A paying customer with a billing email, an open-ended contract and a scanner seen today. */
export function subject(overrides: Partial<WarningSubject> = {}): WarningSubject {
  return {
    status: "paying",
    billingEmail: "billing@clinic.example",
    trialEndsAt: null,
    archivedAt: null,
    contracts: [contract()],
    scanners: [scanner()],
    ...overrides,
  };
}
