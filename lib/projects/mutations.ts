// Writes of projects, each in one transaction with its audit row (entityType "project", on the
// customer's log). A project belongs to its customer for life: edits never move it.
import type { Project } from "../../generated/prisma/client";
import { AppError } from "../app-error";
import { auditCreated, auditUpdated } from "../audit/record-audit";
import type { AuditActor } from "../audit/write-audit-log";
import { getDb, type Tx } from "../db/client";
import { formatDate } from "../format/dates";
import { minorToPriceText, type ProjectInput } from "./schema";

/** What an audit row records: days as days, amounts as the text staff typed. */
function auditSnapshot(project: Project): Record<string, unknown> {
  return {
    project: project.name,
    startDate: formatDate(project.startDate),
    endDate: project.endDate ? formatDate(project.endDate) : null,
    billed: minorToPriceText(project.billedMinor),
    paid: minorToPriceText(project.paidMinor),
    currency: project.currency,
  };
}

async function loadCustomerForProjects(tx: Tx, customerId: number) {
  const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { archivedAt: true } });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
  if (customer.archivedAt) throw new AppError("CONFLICT", "This customer is archived: unarchive it before you change its projects.");
}

export async function createProject(actor: AuditActor, customerId: number, input: ProjectInput) {
  return getDb().$transaction(async (tx) => {
    await loadCustomerForProjects(tx, customerId);
    const created = await tx.project.create({ data: { customerId, ...input } });
    await auditCreated(tx, { event: "project.created", actor, entityType: "project", entityId: created.id, customerId }, auditSnapshot(created));
    return created;
  });
}

/** `customerId` is the customer of the URL: a project of any other customer is NOT_FOUND. */
export async function updateProject(actor: AuditActor, customerId: number, projectId: number, input: ProjectInput) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.project.findUnique({ where: { id: projectId } });
    if (!before || before.customerId !== customerId) throw new AppError("NOT_FOUND", `Project ${projectId} does not exist`);
    await loadCustomerForProjects(tx, customerId);
    const after = await tx.project.update({ where: { id: projectId }, data: input });
    // The row names its project even when the name did not change.
    const label = { project: { before: before.name, after: after.name } };
    await auditUpdated(tx, { event: "project.updated", actor, entityType: "project", entityId: projectId, customerId }, auditSnapshot(before), auditSnapshot(after), label);
    return after;
  });
}
