// Reads of a staff user's list columns and the saved views they may see.
import { getDb } from "../db/client";
import { DEFAULT_COLUMNS, type ListColumnId } from "../customers/list-columns";
import { storedColumns, type ListName } from "./schema";

/** The user's chosen columns of a list, or every column when they have not chosen. */
export async function getListColumns(staffUserId: number, list: ListName): Promise<ListColumnId[]> {
  const preference = await getDb().listPreference.findUnique({ where: { staffUserId_list: { staffUserId, list } }, select: { columns: true } });
  return preference ? storedColumns(preference.columns) : [...DEFAULT_COLUMNS];
}

export type SavedViewSummary = { id: number; name: string; query: string; columns: ListColumnId[]; shared: boolean; own: boolean; ownerName: string };

/** The user's own views and those others shared, own first, each by name. */
export async function listSavedViews(staffUserId: number, list: ListName): Promise<SavedViewSummary[]> {
  const views = await getDb().savedListView.findMany({
    where: { list, OR: [{ ownerId: staffUserId }, { shared: true }] },
    select: { id: true, name: true, query: true, columns: true, shared: true, ownerId: true, owner: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const summaries = views.map((view) => ({
    id: view.id,
    name: view.name,
    query: view.query,
    columns: storedColumns(view.columns),
    shared: view.shared,
    own: view.ownerId === staffUserId,
    ownerName: view.owner.name,
  }));
  return [...summaries.filter((view) => view.own), ...summaries.filter((view) => !view.own)];
}

/** The list URL that applies a view: its filter and sort, and its columns. */
export function savedViewHref(view: Pick<SavedViewSummary, "query" | "columns">): string {
  const params = new URLSearchParams(view.query);
  params.set("cols", view.columns.join(","));
  return `/customers?${params.toString()}`;
}
