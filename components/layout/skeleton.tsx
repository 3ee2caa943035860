// Grey placeholder blocks shown by loading.tsx while a page's data loads; announced once as
// "Loading…" to screen readers.
export function SkeletonBlock({ className = "" }: { className?: string }) {
  return <div className={`animate-pulse rounded-md bg-slate-200 ${className}`} />;
}

export function SkeletonRows({ rows }: { rows: number }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex gap-4">
          <SkeletonBlock className="h-4 w-12" />
          <SkeletonBlock className="h-4 flex-1" />
          <SkeletonBlock className="hidden h-4 w-24 sm:block" />
          <SkeletonBlock className="hidden h-4 w-32 md:block" />
        </div>
      ))}
    </div>
  );
}

export function LoadingStatus() {
  return <p role="status" className="sr-only">Loading…</p>;
}
