// The import's steps as a breadcrumb, the current one marked for screen readers too.
const STEPS = ["Upload", "Map columns", "Review", "Result"] as const;

export function ImportSteps({ current }: { current: (typeof STEPS)[number] }) {
  return (
    <ol className="flex flex-wrap gap-2 text-sm" aria-label="Import steps">
      {STEPS.map((step, index) => (
        <li key={step} aria-current={step === current ? "step" : undefined} className={step === current ? "font-semibold text-indigo-700" : "text-slate-500"}>
          {index + 1}. {step}
          {index < STEPS.length - 1 && <span aria-hidden="true" className="ml-2 text-slate-400">›</span>}
        </li>
      ))}
    </ol>
  );
}
