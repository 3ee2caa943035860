// The customer's RISC score on its page: the score out of 10, its level and, next to them, the
// findings that produced it ("+2.0 usage fell 45% over 3 months"). Reads the stored columns, which
// every write and the daily recompute keep current (lib/risk).
import { formatTenths } from "@/lib/risk/score";
import { readStoredRisk, type StoredRisk } from "@/lib/risk/stored";
import { RiskLevelBadge } from "./risk-level-badge";

export function RiskPanel({ customer }: { customer: StoredRisk }) {
  const risk = readStoredRisk(customer);
  return (
    <section aria-labelledby="risk-heading" data-testid="risk-panel" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start gap-x-8 gap-y-3">
        <div className="min-w-40">
          <h2 id="risk-heading" className="text-sm font-semibold text-slate-700">
            Risk score <abbr title="Risk of the customer leaving" className="no-underline">(RISC)</abbr>
          </h2>
          <p className="mt-1 flex items-center gap-2">
            <span data-testid="risk-score" className="text-3xl font-semibold tabular-nums">{formatTenths(risk.scoreTenths)}</span>
            <span className="text-sm text-slate-600">/ 10</span>
            <RiskLevelBadge level={risk.level} />
          </p>
        </div>
        <div className="flex-1 text-sm">
          <h3 className="sr-only">Findings</h3>
          {risk.findings.length === 0 ? (
            <p className="text-slate-600">No risk findings.</p>
          ) : (
            <ul data-testid="risk-findings" className="space-y-1">
              {risk.findings.map((finding) => (
                <li key={finding.code} data-code={finding.code} className="tabular-nums text-slate-800">{finding.text}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
