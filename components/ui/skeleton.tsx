// Placeholders shown by loading.tsx while a page's data loads: grey blocks in the shape of what
// is coming, announced once to screen readers as "Loading…".
//
// Usage (app/.../loading.tsx):
//   export default function Loading() { return <Skeleton label="Loading customers"><SkeletonTable rows={10} /></Skeleton>; }

export function Skeleton({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="skeleton" className="space-y-4">
      <span className="sr-only">{label}…</span>
      <div aria-hidden="true" className="animate-pulse space-y-4 motion-reduce:animate-none">{children}</div>
    </div>
  );
}

/** One grey bar; `className` sets its width and height (default: a line of text). */
export function SkeletonBar({ className = "h-4 w-40" }: { className?: string }) {
  return <div className={`rounded bg-slate-200 ${className}`} />;
}

/** A card like components/ui/table.tsx's, with a header row and `rows` body rows. */
export function SkeletonTable({ rows, columns = 5 }: { rows: number; columns?: number }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex gap-4 border-b border-slate-200 bg-slate-50 px-3 py-3">
        {Array.from({ length: columns }, (_, i) => <SkeletonBar key={i} className="h-3 flex-1" />)}
      </div>
      <div className="divide-y divide-slate-100">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex gap-4 px-3 py-3">
            {Array.from({ length: columns }, (_, i) => <SkeletonBar key={i} className={`h-3 flex-1 ${i === 0 ? "max-w-48" : ""}`} />)}
          </div>
        ))}
      </div>
    </div>
  );
}

/** A card of the overview grid: a title and a few lines. */
export function SkeletonCard({ lines = 3 }: { lines?: number }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <SkeletonBar className="h-4 w-32" />
      {Array.from({ length: lines }, (_, i) => <SkeletonBar key={i} className="h-3 w-full" />)}
    </div>
  );
}
