// One registry check run: `npm run registry:check` (every customer with an organisation number,
// stalest check first, up to the run's limit) and the customer page's "Check registry now" (one
// customer). Numbers are validated before any request; a customer that cannot be checked is
// skipped with its reason, a failed look-up is recorded as the customer's error, and nothing a
// registry sends can crash the run (answers are parsed, failures are values).
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";
import type { AuditActor } from "../audit/write-audit-log";
import { normalizeOrganisationNumber } from "../registry/organisation-number";
import { storeCheckResults, type CheckedCustomer } from "./store-results";
import type { RegistryStatusSource } from "./types";

export const DEFAULT_RUN_LIMIT = 20_000;
/** Problems listed by name in a summary; past this only counted, so memory stays flat. */
export const MAX_LISTED_PROBLEMS = 200;
/** Customers per batch: one registry look-up (100 numbers) and one transaction. */
const BATCH = 100;

export type CheckProblem = { customerId: number; organisationNumber: string | null; reason: string };

export type CheckSummary = {
  checked: number;
  changed: number;
  failed: number;
  skipped: number;
  /** Customers left for the next run by the per-run limit (counted in `skipped` too). */
  overLimit: number;
  requests: number;
  seconds: number;
  failures: CheckProblem[];
  skips: CheckProblem[];
  changedIds: number[];
};

export type RunCheckOptions = {
  /** Only this customer (archived or not); otherwise every active customer with a number. */
  customerId?: number;
  limit?: number;
  now?: () => Date;
  actor?: AuditActor;
  onBatch?: (summary: CheckSummary) => void;
};

type Candidate = { id: number; organisationNumber: string | null; country: string | null };

export const SCRIPT_ACTOR: AuditActor = { id: null, label: "registry-check" };

/** Why a customer cannot be checked against Norway's registry, or its normalized number. */
export function checkableNumber(candidate: Candidate): { number: string } | { reason: string } {
  const raw = (candidate.organisationNumber ?? "").trim();
  const country = (candidate.country ?? "").trim().toUpperCase();
  if (raw === "") return { reason: country && country !== "NO" ? `no organisation number (a foreign customer, ${country})` : "no organisation number" };
  if (country && country !== "NO") return { reason: `not a Norwegian customer (country ${country})` };
  const number = normalizeOrganisationNumber(raw);
  if (!number) return { reason: `“${raw}” is not a valid Norwegian organisation number (nine digits with a correct check digit)` };
  return { number };
}

async function loadCandidates(db: Db, options: RunCheckOptions, limit: number): Promise<{ candidates: Candidate[]; total: number }> {
  if (options.customerId !== undefined) {
    const one = await db.customer.findUnique({ where: { id: options.customerId }, select: { id: true, organisationNumber: true, country: true } });
    return { candidates: one ? [one] : [], total: one ? 1 : 0 };
  }
  const where = Prisma.sql`c."archivedAt" IS NULL AND c."organisationNumber" IS NOT NULL AND c."organisationNumber" <> ''`;
  // Never-checked customers first, then the stalest check: a limited run still covers everyone
  // over a few days. Only ids and numbers are held, at most `limit` of them.
  const [candidates, [{ count }]] = await Promise.all([
    db.$queryRaw<Candidate[]>`
      SELECT c."id", c."organisationNumber", c."country" FROM "Customer" c
      LEFT JOIN "CustomerRegistryCheck" r ON r."customerId" = c."id"
      WHERE ${where}
      ORDER BY CASE WHEN r."checkedAt" IS NULL THEN 0 ELSE 1 END, r."checkedAt", c."id"
      LIMIT ${limit}`,
    db.$queryRaw<[{ count: number | bigint }]>`SELECT COUNT(*) AS "count" FROM "Customer" c WHERE ${where}`,
  ]);
  return { candidates: candidates.map((row) => ({ ...row, id: Number(row.id) })), total: Number(count) };
}

export async function runRegistryCheck(db: Db, source: RegistryStatusSource, options: RunCheckOptions = {}): Promise<CheckSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? DEFAULT_RUN_LIMIT;
  const actor = options.actor ?? SCRIPT_ACTOR;
  const requestsBefore = source.requests;
  const summary: CheckSummary = { checked: 0, changed: 0, failed: 0, skipped: 0, overLimit: 0, requests: 0, seconds: 0, failures: [], skips: [], changedIds: [] };

  const { candidates, total } = await loadCandidates(db, options, limit);
  if (options.customerId !== undefined && candidates.length === 0) {
    summary.skipped = 1;
    summary.skips.push({ customerId: options.customerId, organisationNumber: null, reason: "no such customer" });
  }
  summary.overLimit = Math.max(0, total - candidates.length);
  summary.skipped += summary.overLimit;

  for (let i = 0; i < candidates.length; i += BATCH) {
    const toAsk: { customerId: number; organisationNumber: string }[] = [];
    for (const candidate of candidates.slice(i, i + BATCH)) {
      const checkable = checkableNumber(candidate);
      if ("reason" in checkable) {
        summary.skipped += 1;
        if (summary.skips.length < MAX_LISTED_PROBLEMS) {
          summary.skips.push({ customerId: candidate.id, organisationNumber: candidate.organisationNumber, reason: checkable.reason });
        }
      } else {
        toAsk.push({ customerId: candidate.id, organisationNumber: checkable.number });
      }
    }
    if (toAsk.length === 0) continue;
    const answers = await source.lookUp([...new Set(toAsk.map((row) => row.organisationNumber))]);
    const results: CheckedCustomer[] = toAsk.map((row) => ({
      ...row,
      answer: answers.get(row.organisationNumber) ?? { ok: false, error: "the registry gave no answer for this number" },
    }));
    const stored = await db.$transaction((tx) => storeCheckResults(tx, results, actor, now()), { timeout: 60_000, maxWait: 10_000 });
    summary.checked += stored.answered;
    summary.failed += stored.failed;
    summary.changed += stored.changed.length;
    summary.changedIds.push(...stored.changed);
    for (const result of results) {
      if (!result.answer.ok && summary.failures.length < MAX_LISTED_PROBLEMS) summary.failures.push({ customerId: result.customerId, organisationNumber: result.organisationNumber, reason: result.answer.error });
    }
    summary.requests = source.requests - requestsBefore;
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  }
  summary.requests = source.requests - requestsBefore;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
