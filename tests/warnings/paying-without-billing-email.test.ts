import { describe, expect, it } from "vitest";
import { payingWithoutBillingEmail } from "@/lib/warnings/rules/paying-without-billing-email";
import { NOW, subject } from "./subject";

const applies = (overrides: Parameters<typeof subject>[0]) => payingWithoutBillingEmail.applies(subject(overrides), NOW);

describe("paying without billing email", () => {
  it("flags a paying customer without a billing email, or with a blank one", () => {
    expect(applies({ billingEmail: null })).toBe(true);
    expect(applies({ billingEmail: "  " })).toBe(true);
  });

  it("does not flag a paying customer with a billing email", () => {
    expect(applies({ billingEmail: "billing@clinic.example" })).toBe(false);
  });

  it.each(["trial", "suspended", "churned"])("does not flag a %s customer without one", (status) => {
    expect(applies({ status, billingEmail: null })).toBe(false);
  });
});
