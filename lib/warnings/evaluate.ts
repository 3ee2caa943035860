import { WARNING_RULES } from "./rules";
import type { WarningRule, WarningSubject } from "./types";

/** The rules a customer breaks now. Pure, so the seed, scripts and tests share it. */
export function evaluateWarnings(subject: WarningSubject, now: Date): WarningRule[] {
  return WARNING_RULES.filter((rule) => rule.applies(subject, now));
}
