"use client";
// While an import is checked or runs, re-renders its page every second (the server reads the job's progress);
// the page stops rendering this component once the job is done, which ends the polling.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 1000;

export function ImportProgress({ processed, total, label = "Importing…", name = "Import progress" }: { processed: number; total: number; label?: string; name?: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="text-sm text-slate-700" aria-live="polite">
        {label} {processed.toLocaleString("en-US")} of {total.toLocaleString("en-US")} rows
      </p>
      <div role="progressbar" aria-label={name} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 w-full overflow-hidden rounded bg-slate-100">
        <div className="h-full bg-indigo-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
