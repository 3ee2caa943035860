// A risk level as a badge. The level is written out (never colour alone) and each pair of text and
// background colours has a contrast ratio of at least 4.5:1 (WCAG AA); CRITICAL is solid red so
// it stands out from HIGH even in greyscale.
import { RISK_LEVEL_LABELS } from "@/lib/risk/labels";
import type { RiskLevel } from "@/lib/risk/types";

const LEVEL_STYLES: Record<RiskLevel, string> = {
  low: "bg-emerald-50 text-emerald-800 ring-emerald-700/30",
  medium: "bg-amber-50 text-amber-900 ring-amber-700/30",
  high: "bg-orange-100 text-orange-900 ring-orange-700/40",
  critical: "bg-red-700 text-white ring-red-800",
};

export function RiskLevelBadge({ level }: { level: RiskLevel }) {
  return (
    <span data-testid="risk-level" className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold tracking-wide ring-1 ring-inset ${LEVEL_STYLES[level]}`}>
      {RISK_LEVEL_LABELS[level]}
    </span>
  );
}
