import { describe, expect, it } from "vitest";
import { trialPastEnd } from "@/lib/warnings/rules/trial-past-end";
import { NOW, subject } from "./subject";

const applies = (overrides: Parameters<typeof subject>[0]) => trialPastEnd.applies(subject({ status: "trial", ...overrides }), NOW);

describe("trial past end", () => {
  it("flags a trial whose end day has passed", () => {
    expect(applies({ trialEndsAt: new Date("2026-11-23T00:00:00Z") })).toBe(true);
    expect(applies({ trialEndsAt: new Date("2026-01-01T00:00:00Z") })).toBe(true);
  });

  it("does not flag a trial ending today, at any hour of the day", () => {
    expect(applies({ trialEndsAt: new Date("2026-11-24T00:00:00Z") })).toBe(false);
    expect(trialPastEnd.applies(subject({ status: "trial", trialEndsAt: new Date("2026-11-24T00:00:00Z") }), new Date("2026-11-24T23:59:59Z"))).toBe(false);
  });

  it("flags it from the first moment of the next day", () => {
    expect(trialPastEnd.applies(subject({ status: "trial", trialEndsAt: new Date("2026-11-24T00:00:00Z") }), new Date("2026-11-25T00:00:00Z"))).toBe(true);
  });

  it("does not flag a trial ending later or without an end date", () => {
    expect(applies({ trialEndsAt: new Date("2026-12-24T00:00:00Z") })).toBe(false);
    expect(applies({ trialEndsAt: null })).toBe(false);
  });

  it.each(["paying", "suspended", "churned"])("does not flag a %s customer with a past trial end", (status) => {
    expect(applies({ status, trialEndsAt: new Date("2026-01-01T00:00:00Z") })).toBe(false);
  });
});
