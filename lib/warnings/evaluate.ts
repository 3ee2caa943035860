import { WARNING_RULES } from "./rules";
import type { WarningRule, WarningSubject } from "./types";

/** The rules a customer breaks now. Pure, so the seed, scripts and tests share it.
 * An archived customer breaks none: nobody works on it any more, so support should not be sent
 * to fix it, and the list's warnings filter and /warnings counts leave it out. Unarchiving
 * recomputes its warnings. */
export function evaluateWarnings(subject: WarningSubject, now: Date): WarningRule[] {
  if (subject.archivedAt) return [];
  return WARNING_RULES.filter((rule) => rule.applies(subject, now));
}
