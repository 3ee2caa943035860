// The three registry rules, each fed from a stored CustomerRegistryCheck row as the recompute
// reads it (Prisma's booleans, or SQL's 0/1 in the daily batch).
import { describe, expect, it } from "vitest";
import { evaluateWarnings } from "@/lib/warnings/evaluate";
import { toWarningRegistry } from "@/lib/warnings/registry-finding";
import { registryBankrupt } from "@/lib/warnings/rules/registry-bankrupt";
import { registryDeleted } from "@/lib/warnings/rules/registry-deleted";
import { registryDissolving } from "@/lib/warnings/rules/registry-dissolving";
import { NOW, subject } from "./subject";

const clean = { bankrupt: false, underLiquidation: false, forcedLiquidation: false, removed: false };
const stored = (flags: Partial<typeof clean>, status = "paying") => subject({ status, registry: toWarningRegistry({ ...clean, ...flags }) });
const ruleIds = (flags: Partial<typeof clean>, status = "paying") => evaluateWarnings(stored(flags, status), NOW).map((rule) => rule.id);

describe("registry rules", () => {
  it("a clean registry answer, or none at all, breaks none of them", () => {
    expect(ruleIds({})).toEqual([]);
    expect(evaluateWarnings(subject({ registry: null }), NOW)).toEqual([]);
    expect(evaluateWarnings(subject({}), NOW)).toEqual([]);
  });

  it("bankrupt (konkurs) gives registry_bankrupt only", () => {
    expect(registryBankrupt.applies(stored({ bankrupt: true }), NOW)).toBe(true);
    expect(ruleIds({ bankrupt: true })).toEqual(["registry_bankrupt"]);
  });

  it("being dissolved, or under forced liquidation, gives registry_dissolving", () => {
    expect(registryDissolving.applies(stored({ underLiquidation: true }), NOW)).toBe(true);
    expect(registryDissolving.applies(stored({ forcedLiquidation: true }), NOW)).toBe(true);
    expect(ruleIds({ forcedLiquidation: true })).toEqual(["registry_dissolving"]);
    expect(registryDissolving.applies(stored({ bankrupt: true }), NOW)).toBe(false);
  });

  it("deleted (slettedato or HTTP 410) gives registry_deleted", () => {
    expect(registryDeleted.applies(stored({ removed: true }), NOW)).toBe(true);
    expect(ruleIds({ removed: true })).toEqual(["registry_deleted"]);
  });

  it("reads SQL's 0/1 flags the same as booleans", () => {
    const fromSql = toWarningRegistry({ bankrupt: 1, underLiquidation: 0, forcedLiquidation: 0, removed: 1 });
    expect(evaluateWarnings(subject({ registry: fromSql }), NOW).map((rule) => rule.id)).toEqual(["registry_bankrupt", "registry_deleted"]);
  });

  it("are critical, so a paying customer's banner and row are red", () => {
    for (const rule of [registryBankrupt, registryDissolving, registryDeleted]) expect(rule.severity).toBe("critical");
  });

  it.each(["trial", "paying", "suspended"])("apply to a %s customer", (status) => {
    expect(ruleIds({ bankrupt: true, removed: true }, status)).toEqual(expect.arrayContaining(["registry_bankrupt", "registry_deleted"]));
  });

  it("leave churned and archived customers alone", () => {
    expect(ruleIds({ bankrupt: true, underLiquidation: true, removed: true }, "churned")).toEqual([]);
    const archived = { ...stored({ bankrupt: true }), archivedAt: new Date("2026-11-01T00:00:00Z") };
    expect(evaluateWarnings(archived, NOW)).toEqual([]);
  });
});
