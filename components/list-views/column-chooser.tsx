"use client";
// The column chooser: show or hide each column and move it up or down, then save. The choice is
// the user's own, stored on the server (lib/list-views), so it follows them to any browser.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveListColumnsAction } from "@/lib/list-views/actions";
import { LIST_COLUMN_IDS, LIST_COLUMN_LABELS, REQUIRED_COLUMNS, type ListColumnId } from "@/lib/customers/list-columns";
import { buttonStyles } from "@/components/ui/button-styles";
import { showToast } from "@/components/ui/toast";

type Entry = { id: ListColumnId; shown: boolean };

const initialEntries = (visible: readonly ListColumnId[]): Entry[] => [
  ...visible.map((id) => ({ id, shown: true })),
  ...LIST_COLUMN_IDS.filter((id) => !visible.includes(id)).map((id) => ({ id, shown: false })),
];

export function ColumnChooser({ visible, fromLink }: { visible: readonly ListColumnId[]; fromLink: boolean }) {
  const router = useRouter();
  const [entries, setEntries] = useState(() => initialEntries(visible));
  const [error, setError] = useState<string | null>(null);
  const [saving, startTransition] = useTransition();

  const move = (index: number, by: -1 | 1) =>
    setEntries((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const toggle = (index: number) => setEntries((current) => current.map((entry, at) => (at === index ? { ...entry, shown: !entry.shown } : entry)));

  const save = () => {
    setError(null);
    const columns = entries.filter((entry) => entry.shown).map((entry) => entry.id);
    startTransition(async () => {
      const result = await saveListColumnsAction({ columns });
      if (!result.ok) {
        setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
        return;
      }
      showToast("Columns saved.");
      // A link that names its columns (a saved view) would hide the choice: drop them from it.
      if (fromLink) {
        const url = new URL(window.location.href);
        url.searchParams.delete("cols");
        router.push(`${url.pathname}${url.search}`);
      } else router.refresh();
    });
  };

  return (
    <details className="relative">
      <summary className={`${buttonStyles.secondary} cursor-pointer list-none`}>Columns</summary>
      <div className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <p className="mb-2 text-xs text-slate-600">Show, hide and order the table&apos;s columns. Saved for you.</p>
        <ul aria-label="Columns" className="space-y-1 text-sm">
          {entries.map((entry, index) => {
            const label = LIST_COLUMN_LABELS[entry.id];
            const required = REQUIRED_COLUMNS.includes(entry.id);
            return (
              <li key={entry.id} className="flex items-center gap-2">
                <label className="flex flex-1 items-center gap-2">
                  <input type="checkbox" checked={entry.shown} disabled={required} onChange={() => toggle(index)} className="h-4 w-4" />
                  {label}
                </label>
                <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${label} up`} className="rounded px-1 text-slate-600 hover:bg-slate-100 disabled:opacity-40">▲</button>
                <button type="button" onClick={() => move(index, 1)} disabled={index === entries.length - 1} aria-label={`Move ${label} down`} className="rounded px-1 text-slate-600 hover:bg-slate-100 disabled:opacity-40">▼</button>
              </li>
            );
          })}
        </ul>
        {error && <p role="alert" className="mt-2 text-xs text-red-700">{error}</p>}
        <button type="button" onClick={save} disabled={saving} className={`${buttonStyles.primary} mt-3`}>{saving ? "Saving…" : "Save columns"}</button>
      </div>
    </details>
  );
}
