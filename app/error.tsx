"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl space-y-3 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-600">The error has been logged. Nothing you entered was saved.</p>
      <button type="button" onClick={reset} className="text-indigo-700 hover:underline">Try again</button>
    </main>
  );
}
