// Writes one batch of registry answers in the caller's transaction: each answered customer's row
// is replaced by the new answer; a failed check only records its error and time and keeps the
// last answer, so an outage never clears a finding (decision 016). A status change gets an audit
// row ("registry: active → bankrupt since 2026-11-20"), and the customers whose flags moved get
// their warnings recomputed.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";
import { writeAuditLogs, type AuditActor, type AuditEntry } from "../audit/write-audit-log";
import { recomputeWarningsOf } from "../warnings/recompute-all";
import { registryStatusLabel, type StoredStatus } from "./status-label";
import type { RegistryStatus, StatusAnswer } from "./types";

export type CheckedCustomer = { customerId: number; organisationNumber: string; answer: StatusAnswer };
export type StoreOutcome = { changed: number[]; failed: number; answered: number };

const FLAGS = ["bankrupt", "underLiquidation", "forcedLiquidation", "removed"] as const;

function toStored(status: RegistryStatus): StoredStatus {
  return {
    outcome: status.outcome, bankrupt: status.bankrupt, underLiquidation: status.underLiquidation,
    forcedLiquidation: status.forcedLiquidation, removed: status.removed, bankruptSince: status.bankruptSince,
    liquidationSince: status.liquidationSince, forcedSince: status.forcedSince, removedOn: status.removedOn,
  };
}

export async function storeCheckResults(tx: Tx, results: readonly CheckedCustomer[], actor: AuditActor, now: Date): Promise<StoreOutcome> {
  if (results.length === 0) return { changed: [], failed: 0, answered: 0 };
  const previous = new Map(
    (await tx.customerRegistryCheck.findMany({ where: { customerId: { in: results.map((result) => result.customerId) } } })).map((row) => [row.customerId, row]),
  );
  const answered: { customerId: number; status: RegistryStatus }[] = [];
  const failed: { customerId: number; organisationNumber: string; error: string }[] = [];
  const audits: AuditEntry[] = [];
  const flagsMoved: number[] = [];
  const changed: number[] = [];
  for (const { customerId, organisationNumber, answer } of results) {
    if (!answer.ok) {
      failed.push({ customerId, organisationNumber, error: answer.error });
      continue;
    }
    answered.push({ customerId, status: answer.status });
    const before = previous.get(customerId) ?? null;
    const after = toStored(answer.status);
    if (FLAGS.some((flag) => Boolean(before?.[flag]) !== after[flag])) flagsMoved.push(customerId);
    const beforeLabel = registryStatusLabel(before);
    const afterLabel = registryStatusLabel(after);
    // A first answer of "active" is the expected state, not news; anything else is.
    const isNews = beforeLabel !== afterLabel && !(before?.outcome == null && afterLabel === "active");
    if (!isNews) continue;
    changed.push(customerId);
    audits.push({
      event: "registry_check.changed",
      actor,
      entityType: "registry_check",
      entityId: customerId,
      customerId,
      changes: { registry: { before: beforeLabel, after: afterLabel } },
    });
  }
  await upsertAnswers(tx, answered, now);
  await recordFailures(tx, failed, now);
  if (audits.length > 0) await writeAuditLogs(tx, audits);
  if (flagsMoved.length > 0) await recomputeWarningsOf(tx, flagsMoved, now);
  return { changed, failed: failed.length, answered: answered.length };
}

async function upsertAnswers(tx: Tx, rows: { customerId: number; status: RegistryStatus }[], now: Date) {
  // 100 rows x 21 values per statement, far under the parameter limits.
  for (let i = 0; i < rows.length; i += 100) {
    const values = rows.slice(i, i + 100).map(({ customerId, status: s }) =>
      Prisma.sql`(${Prisma.join([
        customerId, s.organisationNumber, s.outcome, s.bankrupt, s.underLiquidation, s.forcedLiquidation, s.removed,
        s.bankruptSince, s.liquidationSince, s.forcedSince, s.removedOn, s.name,
        s.addressLines.length > 0 ? s.addressLines.join("\n") : null, s.postalCode, s.city, s.country, s.changedOn,
        now, now, null, null,
      ])})`,
    );
    await tx.$executeRaw`
      INSERT INTO "CustomerRegistryCheck" ("customerId", "organisationNumber", "outcome", "bankrupt", "underLiquidation",
        "forcedLiquidation", "removed", "bankruptSince", "liquidationSince", "forcedSince", "removedOn", "registryName",
        "registryAddress", "registryPostalCode", "registryCity", "registryCountry", "registryChangedOn", "answeredAt",
        "checkedAt", "lastError", "lastErrorAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("customerId") DO UPDATE SET
        "organisationNumber" = excluded."organisationNumber", "outcome" = excluded."outcome",
        "bankrupt" = excluded."bankrupt", "underLiquidation" = excluded."underLiquidation",
        "forcedLiquidation" = excluded."forcedLiquidation", "removed" = excluded."removed",
        "bankruptSince" = excluded."bankruptSince", "liquidationSince" = excluded."liquidationSince",
        "forcedSince" = excluded."forcedSince", "removedOn" = excluded."removedOn", "registryName" = excluded."registryName",
        "registryAddress" = excluded."registryAddress", "registryPostalCode" = excluded."registryPostalCode",
        "registryCity" = excluded."registryCity", "registryCountry" = excluded."registryCountry",
        "registryChangedOn" = excluded."registryChangedOn", "answeredAt" = excluded."answeredAt",
        "checkedAt" = excluded."checkedAt", "lastError" = NULL, "lastErrorAt" = NULL`;
  }
}

/** Only the error and the times: the last answer (and every finding in it) stays as it was. */
async function recordFailures(tx: Tx, rows: { customerId: number; organisationNumber: string; error: string }[], now: Date) {
  for (let i = 0; i < rows.length; i += 100) {
    const values = rows.slice(i, i + 100).map((row) => Prisma.sql`(${Prisma.join([row.customerId, row.organisationNumber, now, row.error, now])})`);
    await tx.$executeRaw`
      INSERT INTO "CustomerRegistryCheck" ("customerId", "organisationNumber", "checkedAt", "lastError", "lastErrorAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("customerId") DO UPDATE SET
        "checkedAt" = excluded."checkedAt", "lastError" = excluded."lastError", "lastErrorAt" = excluded."lastErrorAt"`;
  }
}
