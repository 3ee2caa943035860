// Integration: the /warnings overview counts, from stored warnings in a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { archiveCustomer, createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { getWarningOverview } from "@/lib/warnings/queries";
import { WARNING_RULES } from "@/lib/warnings/rules";
import { createStaffActor } from "../helpers/factories";

const NOW = new Date("2026-11-24T15:30:00Z");

beforeAll(async () => {
  const actor = await createStaffActor();
  const make = (fields: Record<string, string>) => createCustomer(actor, customerInputSchema.parse(fields), { now: NOW });
  await make({ name: "Paying Alone", status: "paying" }); // no contract, no billing email
  await make({ name: "Paying No Contract", status: "paying", billingEmail: "b@example.com" });
  await make({ name: "Late Trial", status: "trial", trialEndsAt: "2026-11-01" });
  await make({ name: "Fine Trial", status: "trial" });
  const archived = await make({ name: "Archived Payer", status: "paying" });
  await archiveCustomer(actor, archived.id, NOW);
});

describe("getWarningOverview", () => {
  it("counts the active customers breaking each rule, every rule listed in order, and those with any", async () => {
    const overview = await getWarningOverview();
    expect(overview.rules.map((rule) => rule.id)).toEqual(WARNING_RULES.map((rule) => rule.id));
    const count = Object.fromEntries(overview.rules.map((rule) => [rule.id, rule.customers]));
    expect(count).toEqual({
      paying_without_contract: 2,
      contract_expired_while_paying: 0,
      registry_bankrupt: 0,
      registry_dissolving: 0,
      registry_deleted: 0,
      paying_without_billing_email: 1,
      trial_past_end: 1,
      scanner_not_seen_30_days: 0,
      contract_auto_invoicing_off: 0,
      overlapping_contracts: 0,
    });
    expect(overview.customersWithAnyWarning).toBe(3);
    expect(overview.rules[0]).toMatchObject({ message: "paying without contract", severity: "critical" });
  });
});
