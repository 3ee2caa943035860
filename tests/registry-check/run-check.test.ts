// Integration: the registry check against the recorded-fixture stub and a real SQLite database.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import { createBrregStatusClient } from "@/lib/registry-check/brreg-client";
import { createRateLimiter } from "@/lib/registry-check/rate-limiter";
import { runRegistryCheck } from "@/lib/registry-check/run-check";
import { recomputeCustomerWarnings } from "@/lib/warnings/recompute";
import { recomputeAllWarnings } from "@/lib/warnings/recompute-all";
import { addContract, createStaffActor } from "../helpers/factories";
import { startRegistryStub, STUB_FAILING_NUMBER, type RegistryStub } from "../helpers/registry-stub";

const NOW = new Date("2026-11-24T15:30:00Z");
let stub: RegistryStub;

/** A client as the script builds it, with short waits so failures are quick to test. */
const client = (timeoutMs = 5_000) =>
  createBrregStatusClient({ baseUrl: stub.baseUrl, limiter: createRateLimiter(Infinity), timeoutMs, backoffMs: 5 });
const check = (customerId?: number, timeoutMs?: number) => runRegistryCheck(getDb(), client(timeoutMs), { customerId, now: () => NOW });

/** A number the console refuses today (wrong check digit) is stored directly, as on customers
 * created before the check existed or loaded by other means. */
async function storeOrganisationNumber(customerId: number, organisationNumber: string) {
  await getDb().customer.update({ where: { id: customerId }, data: { organisationNumber } });
}

async function payingCustomer(name: string, organisationNumber: string, extra: Record<string, string> = {}) {
  const actor = await createStaffActor();
  const customer = await createCustomer(
    actor,
    customerInputSchema.parse({ name, status: "paying", billingEmail: "billing@example.com", country: "NO", organisationNumber, ...extra }),
    { now: NOW },
  );
  await addContract(customer.id);
  await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, customer.id, NOW));
  return customer.id;
}

const warningsOf = async (customerId: number) =>
  (await getDb().customerWarning.findMany({ where: { customerId }, orderBy: { rule: "asc" } })).map((row) => row.rule);
const registryAudits = (customerId: number) => getDb().auditLog.findMany({ where: { customerId, entityType: "registry_check" } });
const konkurs = (number: string) => {
  const unit = JSON.parse(readFileSync("tests/fixtures/registry/enhet-normal.json", "utf8"));
  return JSON.stringify({ ...unit, organisasjonsnummer: number, konkurs: true, konkursdato: "2026-11-20" });
};

beforeAll(async () => {
  stub = await startRegistryStub(3301);
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.resetUnits();
  stub.requests.length = 0;
});

describe("registry check against the stub", () => {
  it("a customer whose company turns bankrupt gets the warning and an audit row on the next check", async () => {
    const id = await payingCustomer("Fjordtann Tannklinikk AS", "923456783");
    const first = await check(id);
    expect(first).toMatchObject({ checked: 1, changed: 0, failed: 0, skipped: 0 });
    expect(await warningsOf(id)).toEqual([]);
    expect(await registryAudits(id)).toEqual([]);

    stub.setUnit("923456783", { status: 200, body: konkurs("923456783") });
    const second = await check(id);

    expect(second).toMatchObject({ checked: 1, changed: 1, changedIds: [id] });
    expect(await warningsOf(id)).toEqual(["registry_bankrupt"]);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id } })).hasWarnings).toBe(true);
    const audits = await registryAudits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "registry_check.changed", entityId: String(id), actorLabel: "registry-check" });
    expect(JSON.parse(audits[0].changes)).toEqual({ registry: { before: "active", after: "bankrupt since 2026-11-20" } });
    const stored = await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: id } });
    expect(stored).toMatchObject({ outcome: "found", bankrupt: true, bankruptSince: "2026-11-20", registryName: "FJORDTANN TANNKLINIKK AS", lastError: null });
  });

  it("a 500 leaves the previous state (and its warning), records the error, and was retried", async () => {
    const id = await payingCustomer("Fjelltopp Røntgen AS", "922000115");
    await check(id);
    expect(await warningsOf(id)).toEqual(["registry_bankrupt"]);
    const before = await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: id } });

    stub.setUnit("922000115", { status: 500, body: "{}" });
    stub.requests.length = 0;
    const summary = await check(id);

    expect(summary).toMatchObject({ checked: 0, changed: 0, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ customerId: id, reason: "the registry answered HTTP 500 (3 attempts)" });
    expect(stub.requests).toEqual(Array(3).fill("/enheter/922000115"));
    expect(await warningsOf(id)).toEqual(["registry_bankrupt"]);
    const after = await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: id } });
    expect(after).toMatchObject({ ...before, checkedAt: NOW, lastError: "the registry answered HTTP 500 (3 attempts)", lastErrorAt: NOW });
    expect(await registryAudits(id)).toHaveLength(1); // only the first finding
  });

  it("waits for the rate limiter before every request, retries included, and gives up on 429 after its attempts", async () => {
    const id = await payingCustomer("Busy AS", "923456783");
    stub.setUnit("923456783", { status: 429, body: "{}" });
    let acquired = 0;
    const counting = { perSecond: 5, acquire: async () => void (acquired += 1) };
    const source = createBrregStatusClient({ baseUrl: stub.baseUrl, limiter: counting, timeoutMs: 5_000, backoffMs: 5 });
    const summary = await runRegistryCheck(getDb(), source, { customerId: id, now: () => NOW });
    expect(summary.failures[0].reason).toBe("the registry answered HTTP 429 (3 attempts)");
    expect(stub.requests).toEqual(Array(3).fill("/enheter/923456783"));
    expect(acquired).toBe(3);
    expect(summary.requests).toBe(3);
  });

  it("HTTP 410 gives deleted, with the registry's deletion date", async () => {
    const id = await payingCustomer("Gone AS", "998877660");
    const summary = await check(id);
    expect(summary).toMatchObject({ checked: 1, changed: 1 });
    expect(await warningsOf(id)).toEqual(["registry_deleted"]);
    expect(await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: id } })).toMatchObject({
      outcome: "removed", removed: true, removedOn: "2023-11-30",
    });
    expect(JSON.parse((await registryAudits(id))[0].changes).registry.after).toBe("deleted on 2023-11-30");
  });
});

describe("the stored answer feeds every recompute", () => {
  it("the daily recompute-all and a customer edit keep the registry warning from the stored row", async () => {
    const id = await payingCustomer("Stored Finding AS", "922000115");
    await check(id);
    await getDb().customerWarning.deleteMany({ where: { customerId: id } });
    await recomputeAllWarnings(getDb(), { now: NOW });
    expect(await warningsOf(id)).toEqual(["registry_bankrupt"]);
    await getDb().$transaction((tx) => recomputeCustomerWarnings(tx, id, NOW));
    expect(await warningsOf(id)).toEqual(["registry_bankrupt"]);
  });
});

describe("a whole run", () => {
  it("asks numbers in one batch, the missing ones one by one, and stores each status", async () => {
    const dissolving = await payingCustomer("Vestlandet", "812345672");
    const forced = await payingCustomer("Sørlandet", "911222337");
    const deleted = await payingCustomer("Gamle Havn", "911333449");
    const unknown = await payingCustomer("Nobody", "911888998");
    const fine = await payingCustomer("Fjordtann", "923456783");
    await getDb().customerRegistryCheck.deleteMany({});
    const summary = await check();

    const batch = stub.requests.filter((path) => path.startsWith("/enheter?organisasjonsnummer="));
    expect(batch.length).toBeGreaterThanOrEqual(1);
    // Deleted and unknown units are not in the search; each is asked on its own URL.
    expect(stub.requests).toContain("/enheter/911333449");
    expect(stub.requests).toContain("/enheter/911888998");
    expect(stub.requests).not.toContain("/enheter/923456783");
    expect(await warningsOf(dissolving)).toEqual(["registry_dissolving"]);
    expect(await warningsOf(forced)).toEqual(["registry_dissolving"]);
    expect(await warningsOf(deleted)).toEqual(["registry_deleted"]);
    expect(await warningsOf(unknown)).toEqual([]);
    expect(await warningsOf(fine)).toEqual([]);
    expect(await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: forced } })).toMatchObject({ forcedSince: "2026-10-15" });
    expect(await getDb().customerRegistryCheck.findUniqueOrThrow({ where: { customerId: unknown } })).toMatchObject({ outcome: "not_found" });
    expect(summary.failed).toBe(0);
    expect(summary.checked).toBeGreaterThanOrEqual(5);
  });

  it("a failing batch fails its customers without asking each number, and keeps their findings", async () => {
    const id = await payingCustomer("Vestlandet Again", "812345672");
    await check(id);
    stub.requests.length = 0;
    // Both numbers in one batch; the registry fails every request.
    const other = await payingCustomer("Sørlandet Again", "911222337");
    await getDb().customerRegistryCheck.updateMany({ data: { checkedAt: new Date("2000-01-01T00:00:00Z") } });
    for (const number of ["812345672", "911222337"]) stub.setUnit(number, { status: 503, body: "{}" });
    const limited = await runRegistryCheck(getDb(), client(), { now: () => NOW, limit: 2 });
    expect(limited.failed + limited.checked).toBe(2);
    expect(await warningsOf(id)).toEqual(["registry_dissolving"]);
    expect(other).toBeGreaterThan(0);
  });
});

describe("bad input never crashes a run", () => {
  it("skips a wrong check digit and a foreign customer, fails garbled, unexpected and slow answers, with reasons", async () => {
    const wrongDigit = await payingCustomer("Typo AS", "");
    await storeOrganisationNumber(wrongDigit, "923456784");
    const foreign = await payingCustomer("Svensk AB", "", { country: "SE" });
    const foreignWithNumber = await payingCustomer("Dansk ApS", "923456783", { country: "DK" });
    const garbled = await payingCustomer("HTML AS", "911666774");
    const unexpected = await payingCustomer("Uventet AS", "911444550");
    const slow = await payingCustomer("Treg AS", "911777886");
    const failing = await payingCustomer("Feil AS", STUB_FAILING_NUMBER);

    const reasons: Record<number, string> = {};
    for (const id of [wrongDigit, foreign, foreignWithNumber, garbled, unexpected, slow, failing]) {
      const summary = await check(id, 300);
      for (const problem of [...summary.skips, ...summary.failures]) reasons[problem.customerId] = problem.reason;
      expect(summary.checked).toBe(0);
    }
    expect(reasons[wrongDigit]).toMatch(/“923456784” is not a valid Norwegian organisation number/);
    expect(reasons[foreign]).toBe("no organisation number (a foreign customer, SE)");
    expect(reasons[foreignWithNumber]).toBe("not a Norwegian customer (country DK)");
    expect(reasons[garbled]).toBe("the registry's answer was not JSON (HTTP 200)");
    expect(reasons[unexpected]).toMatch(/^unexpected content in the registry's answer \(navn: /);
    expect(reasons[slow]).toBe("the registry did not answer within 0.3 s");
    expect(reasons[failing]).toBe("the registry answered HTTP 500 (3 attempts)");

    // Skipped customers get nothing stored; failed ones only their error; nobody got a warning.
    const rows = await getDb().customerRegistryCheck.findMany({ where: { customerId: { in: [wrongDigit, foreign, foreignWithNumber] } } });
    expect(rows).toEqual([]);
    const failedRows = await getDb().customerRegistryCheck.findMany({ where: { customerId: { in: [garbled, unexpected, slow, failing] } } });
    expect(failedRows.map((row) => [row.outcome, row.bankrupt, row.lastError !== null])).toEqual(Array(4).fill([null, false, true]));
    for (const id of [garbled, unexpected, slow, failing]) expect(await warningsOf(id)).toEqual([]);
  });

  it("an unknown customer id is skipped, not an error", async () => {
    const summary = await check(999_999);
    expect(summary).toMatchObject({ checked: 0, failed: 0, skipped: 1, skips: [{ customerId: 999_999, reason: "no such customer" }] });
  });

  it("the per-run limit leaves the rest for the next run, counted as skipped", async () => {
    const summary = await runRegistryCheck(getDb(), client(), { now: () => NOW, limit: 1 });
    // One customer handled (checked, failed, or skipped for its number); the rest wait.
    expect(summary.checked + summary.failed + summary.skips.length).toBe(1);
    expect(summary.overLimit).toBeGreaterThan(0);
    expect(summary.skipped).toBeGreaterThanOrEqual(summary.overLimit);
  });
});
