// Saved views beside the table: the user's own and those shared with everyone, each a link that
// applies its filter, sort and columns; the user's own can be deleted. Below them, the form that
// saves the list as it is now.
import type { SavedViewSummary } from "@/lib/list-views/queries";
import { savedViewHref } from "@/lib/list-views/queries";
import type { ListColumnId } from "@/lib/customers/list-columns";
import { DeleteViewButton, SaveViewForm } from "./saved-view-forms";

type Props = { views: SavedViewSummary[]; query: string; columns: readonly ListColumnId[] };

export function SavedViews({ views, query, columns }: Props) {
  return (
    <aside aria-labelledby="saved-views-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <h2 id="saved-views-heading" className="font-semibold text-slate-700">Saved views</h2>
      {views.length === 0 ? (
        <p className="text-slate-600">No saved views yet.</p>
      ) : (
        <ul className="space-y-1" aria-label="Saved views">
          {views.map((view) => (
            <li key={view.id} className="flex items-center justify-between gap-2">
              <a href={savedViewHref(view)} className="truncate text-indigo-700 hover:underline">{view.name}</a>
              <span className="flex shrink-0 items-center gap-1 text-xs text-slate-600">
                {view.own ? (view.shared ? "shared" : "private") : `by ${view.ownerName}`}
                {view.own && <DeleteViewButton id={view.id} name={view.name} />}
              </span>
            </li>
          ))}
        </ul>
      )}
      <SaveViewForm query={query} columns={columns.join(",")} />
    </aside>
  );
}
