// How a risk level is named wherever it is shown (the customer page, the list, exports).
import type { RiskLevel } from "./types";

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: "LOW", medium: "MEDIUM", high: "HIGH", critical: "CRITICAL" };
