// Writes of contracts. Each runs in one transaction with its audit row and the customer's
// recomputed warnings, so "paying without contract" appears or clears with the change itself.
import type { Contract } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { formatDate } from "../format/dates";
import { assertVersionClaimed, refuseStaleVersion } from "../versions/stale-version";
import { recomputeCustomerWarnings } from "../warnings/recompute";
import { contractLabel } from "./format";
import { minorToPriceText, type ContractInput, type ContractUpdate } from "./schema";

/** The fields an audit row records; dates as days and the price as the text staff typed. */
function auditSnapshot(contract: Contract): Record<string, unknown> {
  return {
    contract: contractLabel(contract),
    type: contract.type,
    startDate: formatDate(contract.startDate),
    endDate: contract.endDate ? formatDate(contract.endDate) : null,
    currency: contract.currency,
    unitPrice: minorToPriceText(contract.unitPriceMinor),
    includedUnits: contract.includedUnits,
    billingPeriod: contract.billingPeriod,
    sendInvoicesAutomatically: contract.sendInvoicesAutomatically,
    autoRenew: contract.autoRenew,
    endedAt: contract.endedAt,
  };
}

/** The customer's audit log lists rows of all its contracts: each row names the one it is about. */
function whichContract(contract: Contract) {
  const label = contractLabel(contract);
  return { contract: { before: label, after: label } };
}

async function loadCustomerForContracts(tx: Tx, customerId: number) {
  const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true, archivedAt: true } });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
  return customer;
}

async function loadContract(tx: Tx, contractId: number, customerId?: number): Promise<Contract> {
  const contract = await tx.contract.findUnique({ where: { id: contractId } });
  // A contract of another customer is "not found" from this customer's page.
  if (!contract || (customerId !== undefined && contract.customerId !== customerId)) {
    throw new AppError("NOT_FOUND", `Contract ${contractId} does not exist`);
  }
  return contract;
}

function refuseArchived(customer: { archivedAt: Date | null }, what: string) {
  if (customer.archivedAt) {
    throw new AppError("CONFLICT", `This customer is archived: unarchive it before you ${what}.`);
  }
}

export async function createContract(actor: AuditActor, customerId: number, input: ContractInput, options: { now?: Date } = {}) {
  return getDb().$transaction(async (tx) => {
    const customer = await loadCustomerForContracts(tx, customerId);
    refuseArchived(customer, "add a contract");
    const created = await tx.contract.create({ data: { customerId, ...input } });
    await recomputeCustomerWarnings(tx, customerId, options.now);
    await writeAuditLog(tx, {
      event: "contract.created",
      actor,
      entityType: "contract",
      entityId: created.id,
      customerId,
      changes: diffFields({}, auditSnapshot(created)),
      version: created.version,
    });
    return created;
  });
}

/** Writes the contract only at the version read, bumping it (decision 029); a concurrent writer
 * that got there first makes this one a conflict. */
async function writeAtVersion(tx: Tx, before: Contract, data: Partial<ContractUpdate> & { endedAt?: Date }) {
  const { count } = await tx.contract.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
  await assertVersionClaimed(tx, count, "contract", before.id, before.version, async () =>
    (await tx.contract.findUnique({ where: { id: before.id }, select: { version: true } }))?.version ?? null);
  return tx.contract.findUniqueOrThrow({ where: { id: before.id } });
}

/** `version`: the one the form loaded; a newer stored one refuses the write with who changed what. */
export async function updateContract(
  actor: AuditActor,
  contractId: number,
  input: ContractUpdate,
  options: { now?: Date; customerId?: number; version?: number } = {},
) {
  return getDb().$transaction(async (tx) => {
    const before = await loadContract(tx, contractId, options.customerId);
    await refuseStaleVersion(tx, "contract", contractId, options.version, before.version);
    if (before.endedAt) throw new AppError("CONFLICT", "This contract has ended and can no longer be changed. Create a new contract instead.");
    refuseArchived(await loadCustomerForContracts(tx, before.customerId), "change its contracts");
    const after = await writeAtVersion(tx, before, input);
    await recomputeCustomerWarnings(tx, before.customerId, options.now);
    const changes = diffFields(auditSnapshot(before), auditSnapshot(after));
    if (Object.keys(changes).length > 0) {
      await writeAuditLog(tx, {
        event: "contract.updated",
        actor,
        entityType: "contract",
        entityId: contractId,
        customerId: before.customerId,
        changes: { ...whichContract(after), ...changes },
        version: after.version,
      });
    }
    return after;
  });
}

/** Ends a contract today: it stops being active at once, whatever its end date or renewal. */
export async function endContract(actor: AuditActor, contractId: number, options: { now?: Date; customerId?: number; version?: number } = {}) {
  const now = options.now ?? new Date();
  return getDb().$transaction(async (tx) => {
    const before = await loadContract(tx, contractId, options.customerId);
    if (before.endedAt) throw new AppError("CONFLICT", "This contract has already ended.");
    await refuseStaleVersion(tx, "contract", contractId, options.version, before.version);
    const after = await writeAtVersion(tx, before, { endedAt: now });
    await recomputeCustomerWarnings(tx, before.customerId, now);
    await writeAuditLog(tx, {
      event: "contract.ended",
      actor,
      entityType: "contract",
      entityId: contractId,
      customerId: before.customerId,
      changes: { ...whichContract(after), ...diffFields({ endedAt: before.endedAt }, { endedAt: now }) },
      version: after.version,
    });
    return after;
  });
}
