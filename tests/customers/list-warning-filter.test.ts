// Integration: the list's Warnings filter, "any" or one rule, against a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";
import { archiveCustomer, createCustomer } from "@/lib/customers/mutations";
import { findCustomers } from "@/lib/customers/queries";
import { customerInputSchema, parseCustomerListQuery } from "@/lib/customers/schema";
import { customerListHref } from "@/lib/customers/list-url";
import { addContract, createStaffActor } from "../helpers/factories";

const NOW = new Date("2026-11-24T15:30:00Z");
const list = async (params: Record<string, string> = {}) =>
  (await findCustomers(parseCustomerListQuery(params))).rows.map((row) => row.name).sort();

beforeAll(async () => {
  const actor = await createStaffActor();
  const make = (fields: Record<string, string>) => createCustomer(actor, customerInputSchema.parse(fields), { now: NOW });
  await make({ name: "No Contract", status: "paying", billingEmail: "a@example.com" });
  await make({ name: "No Email Nor Contract", status: "paying" });
  const emailOnly = await make({ name: "No Email", status: "paying" });
  await addContract(emailOnly.id);
  await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, emailOnly.id, NOW));
  await make({ name: "Late Trial", status: "trial", trialEndsAt: "2026-11-01" });
  await make({ name: "Healthy Trial", status: "trial", trialEndsAt: "2026-12-24" });
  const gone = await make({ name: "Archived Late Trial", status: "trial", trialEndsAt: "2026-11-01" });
  await archiveCustomer(actor, gone.id, NOW);
});

describe("the list's warnings filter", () => {
  it("shows customers with any warning for warning=any and for the old warnings=1 link", async () => {
    const any = await list({ warning: "any" });
    expect(any).toEqual(["Late Trial", "No Contract", "No Email", "No Email Nor Contract"]);
    expect(await list({ warnings: "1" })).toEqual(any);
  });

  it("shows only the customers breaking the chosen rule", async () => {
    expect(await list({ warning: "paying_without_contract" })).toEqual(["No Contract", "No Email Nor Contract"]);
    expect(await list({ warning: "paying_without_billing_email" })).toEqual(["No Email", "No Email Nor Contract"]);
    expect(await list({ warning: "trial_past_end" })).toEqual(["Late Trial"]);
    expect(await list({ warning: "scanner_not_seen_30_days" })).toEqual([]);
  });

  it("never lists archived customers under a warning, even with archived shown", async () => {
    expect(await list({ warning: "trial_past_end", archived: "all" })).toEqual(["Late Trial"]);
  });

  it("ignores an unknown rule instead of failing", async () => {
    expect((await list({ warning: "drop table" })).length).toBe((await list()).length);
  });

  it("keeps the chosen rule in links built from the query", () => {
    const href = customerListHref(parseCustomerListQuery({ warning: "trial_past_end", sort: "name" }));
    expect(href).toBe("/customers?warning=trial_past_end&sort=name");
    expect(customerListHref(parseCustomerListQuery({ warnings: "1" }))).toBe("/customers?warning=any");
  });
});
