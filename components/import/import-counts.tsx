// A row of labelled figures (review counts, result counts).
export function ImportCounts({ items }: { items: Array<{ label: string; value: number; tone?: "bad" | "good" }> }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{item.label}</dt>
          <dd className={`text-2xl font-semibold ${item.tone === "bad" && item.value > 0 ? "text-red-700" : item.tone === "good" ? "text-green-700" : "text-slate-900"}`}>
            {item.value.toLocaleString("en-US")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
