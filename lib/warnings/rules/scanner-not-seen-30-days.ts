// Rule `scanner_not_seen_30_days`: a trial or paying customer has a scanner that is not archived
// and was last seen more than 30 days (30 x 24 hours) before now; seen exactly 30 days ago is not
// yet silent. Archived scanners are retired on purpose and ignored; suspended and churned
// customers are expected to go quiet.
import type { WarningRule, WarningScanner } from "../types";
import { DAY_MS } from "../utc-day";

export const SCANNER_SILENCE_MS = 30 * DAY_MS;

/** Not archived and silent past the threshold: shared with the risk score (lib/risk). */
export function scannerIsSilent(scanner: WarningScanner, now: Date): boolean {
  return scanner.archivedAt === null && now.getTime() - scanner.lastSeenAt.getTime() > SCANNER_SILENCE_MS;
}

export const scannerNotSeen30Days: WarningRule = {
  id: "scanner_not_seen_30_days",
  message: "scanner not seen for 30 days",
  severity: "warning",
  applies: (subject, now) =>
    (subject.status === "trial" || subject.status === "paying") &&
    subject.scanners.some((scanner) => scannerIsSilent(scanner, now)),
};
