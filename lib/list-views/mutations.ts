// Writes of list columns and saved views, each in one transaction with its audit row.
import { AppError } from "../app-error";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/unique-violation";
import type { ListColumnId } from "../customers/list-columns";
import { MAX_VIEWS_PER_USER, type ListName, type SavedViewInput } from "./schema";

export async function saveListColumns(actor: AuditActor & { id: number }, list: ListName, columns: readonly ListColumnId[]) {
  const json = JSON.stringify(columns);
  await getDb().$transaction(async (tx) => {
    const previous = await tx.listPreference.findUnique({ where: { staffUserId_list: { staffUserId: actor.id, list } }, select: { columns: true } });
    const saved = await tx.listPreference.upsert({
      where: { staffUserId_list: { staffUserId: actor.id, list } },
      create: { staffUserId: actor.id, list, columns: json },
      update: { columns: json },
    });
    await writeAuditLog(tx, {
      event: "list_preference.updated",
      actor,
      entityType: "list_preference",
      entityId: saved.id,
      changes: { list, columns: { from: previous ? JSON.parse(previous.columns) : null, to: columns } },
    });
  });
}

export async function createSavedView(actor: AuditActor & { id: number }, list: ListName, input: SavedViewInput): Promise<{ id: number }> {
  try {
    return await getDb().$transaction(async (tx) => {
      const count = await tx.savedListView.count({ where: { ownerId: actor.id, list } });
      if (count >= MAX_VIEWS_PER_USER) throw new AppError("INVALID", `You have ${MAX_VIEWS_PER_USER} saved views, the most there can be; delete one first`);
      const view = await tx.savedListView.create({
        data: { ownerId: actor.id, list, name: input.name, query: input.query, columns: JSON.stringify(input.columns), shared: input.shared },
      });
      await writeAuditLog(tx, {
        event: "saved_view.created",
        actor,
        entityType: "saved_view",
        entityId: view.id,
        changes: { list, name: input.name, query: input.query, columns: input.columns, shared: input.shared },
      });
      return { id: view.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `You already have a view named “${input.name}”: choose another name`);
    throw error;
  }
}

/** Deletes one of the actor's own views; someone else's (shared or not) is refused as unknown. */
export async function deleteSavedView(actor: AuditActor & { id: number }, id: number) {
  await getDb().$transaction(async (tx) => {
    const view = await tx.savedListView.findUnique({ where: { id } });
    if (!view || view.ownerId !== actor.id) throw new AppError("NOT_FOUND", "That view does not exist or is not yours to delete");
    await tx.savedListView.delete({ where: { id } });
    await writeAuditLog(tx, {
      event: "saved_view.deleted",
      actor,
      entityType: "saved_view",
      entityId: id,
      changes: { list: view.list, name: view.name, query: view.query, shared: view.shared },
    });
  });
}
