// Integration: the daily recompute against a real SQLite database with stale stored warnings.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recomputeAllWarnings } from "@/lib/warnings/recompute-all";

const NOW = new Date("2026-11-24T15:30:00Z");
const DAY = 86_400_000;
let seq = 0;

async function customer(fields: { status: string; billingEmail?: string | null; trialEndsAt?: Date | null; archivedAt?: Date | null; hasWarnings?: boolean }) {
  seq += 1;
  return getDb().customer.create({
    data: {
      name: `Customer ${seq}`,
      nameSort: `customer ${seq}`,
      searchText: "",
      billingEmail: "billing@clinic.example",
      updatedAt: new Date("2025-05-05T05:05:05Z"),
      ...fields,
    },
  });
}

const warningsOf = async (customerId: number) =>
  (await getDb().customerWarning.findMany({ where: { customerId }, orderBy: { rule: "asc" } })).map((row) => row.rule);
const stored = (customerId: number) => getDb().customer.findUniqueOrThrow({ where: { id: customerId } });

let ids: Record<string, number> = {};

beforeAll(async () => {
  const db = getDb();
  // A trial that ended yesterday, stored as warning-free (no write since midnight).
  const trial = await customer({ status: "trial", trialEndsAt: new Date(NOW.getTime() - DAY) });
  // Paying, with a contract and a scanner silent for 40 days, stored with a warning it no longer has.
  const silent = await customer({ status: "paying", hasWarnings: true });
  await db.contract.create({ data: { customerId: silent.id, type: "per_study", startDate: new Date("2024-01-01T00:00:00Z"), unitPriceMinor: 100 } });
  await db.scanner.create({ data: { customerId: silent.id, uplink: "ultrasound", firstSeenAt: new Date("2024-02-01T00:00:00Z"), lastSeenAt: new Date(NOW.getTime() - 40 * DAY) } });
  await db.customerWarning.create({ data: { customerId: silent.id, rule: "paying_without_contract" } });
  // Paying without contract or billing email, stored correctly: nothing to do.
  const correct = await customer({ status: "paying", billingEmail: null, hasWarnings: true });
  await db.customerWarning.createMany({ data: [{ customerId: correct.id, rule: "paying_without_contract" }, { customerId: correct.id, rule: "paying_without_billing_email" }] });
  // Archived, still holding a warning from before: it should carry none.
  const archived = await customer({ status: "paying", archivedAt: new Date("2026-10-01T00:00:00Z"), hasWarnings: true });
  await db.customerWarning.create({ data: { customerId: archived.id, rule: "paying_without_contract" } });
  // A healthy trial, flagged by mistake with no warning rows.
  const healthy = await customer({ status: "trial", hasWarnings: true });
  ids = { trial: trial.id, silent: silent.id, correct: correct.id, archived: archived.id, healthy: healthy.id };
});

describe("recomputeAllWarnings", () => {
  it("fixes every stale customer in small batches and reports what it changed", async () => {
    const batches: number[] = [];
    const result = await recomputeAllWarnings(getDb(), { now: NOW, batchSize: 2, onBatch: (progress) => batches.push(progress.customers) });

    expect(result).toMatchObject({ customers: 5, added: 2, removed: 2, flagsChanged: 3 });
    expect(batches).toEqual([2, 4, 5]);
    expect(await warningsOf(ids.trial)).toEqual(["trial_past_end"]);
    expect(await warningsOf(ids.silent)).toEqual(["scanner_not_seen_30_days"]);
    expect(await warningsOf(ids.correct)).toEqual(["paying_without_billing_email", "paying_without_contract"]);
    expect(await warningsOf(ids.archived)).toEqual([]);
    expect((await stored(ids.trial)).hasWarnings).toBe(true);
    expect((await stored(ids.silent)).hasWarnings).toBe(true);
    expect((await stored(ids.archived)).hasWarnings).toBe(false);
    expect((await stored(ids.healthy)).hasWarnings).toBe(false);
  });

  it("leaves every customer's Updated time as it was", async () => {
    for (const id of Object.values(ids)) {
      expect((await stored(id)).updatedAt).toEqual(new Date("2025-05-05T05:05:05Z"));
    }
  });

  it("changes nothing on a second run", async () => {
    const result = await recomputeAllWarnings(getDb(), { now: NOW });
    expect(result).toMatchObject({ customers: 5, added: 0, removed: 0, flagsChanged: 0 });
  });
});
