// What a customer tab shows between the click and its content (the tab folders' loading.tsx): the
// tab's heading at once, then grey bars where the content will be. The header and the tabs above
// stay as they are (the layout is outside the loading boundary), so only this part waits.
export function TabLoading({ heading }: { heading: string }) {
  return (
    <section aria-busy="true" aria-labelledby="tab-loading-heading" className="space-y-3" data-testid="tab-loading">
      <h2 id="tab-loading-heading" className="text-lg font-semibold">{heading}</h2>
      <p role="status" className="sr-only">Loading {heading}…</p>
      <div aria-hidden="true" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="h-4 animate-pulse rounded bg-slate-100" style={{ width: `${90 - row * 12}%` }} />
        ))}
      </div>
    </section>
  );
}
